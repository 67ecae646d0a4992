package org.youthjustice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormValuesTest {
    @Test
    void aDateInputIsARealDateOrNothing() {
        assertThat(FormValues.date(" 5", "5 ", "2011")).isEqualTo(LocalDate.of(2011, 5, 5));
        assertThat(FormValues.date("31", "2", "2026")).isNull();
        assertThat(FormValues.date("", "", "")).isNull();
        assertThat(FormValues.date(null, "1", "2026")).isNull();
    }

    @Test
    void aTimeIsHoursAndMinutesAsPeopleTypeThem() {
        assertThat(FormValues.time("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormValues.time("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(FormValues.time("14:30:15")).isEqualTo(LocalTime.of(14, 30, 15));
        assertThat(FormValues.time("25:00")).isNull();
        assertThat(FormValues.time("half past two")).isNull();
        assertThat(FormValues.time(" ")).isNull();
    }
}
