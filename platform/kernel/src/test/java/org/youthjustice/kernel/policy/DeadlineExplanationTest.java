package org.youthjustice.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.OverriddenBankHolidays;
import org.youthjustice.kernel.calendar.JollydayEnglandAndWales;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.calendar.WorkingDayCalendar.DayOff;

class DeadlineExplanationTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final DeadlineCalculator calculator = new DeadlineCalculator(calendar);

    @Test
    @DisplayName("MIL-2 over Christmas: 3 working days from Thursday 24 December 2026 are due Thursday 31 December; the "
            + "explanation names Christmas Day, the weekend and the Boxing Day substitute as the days not counted")
    void workingDaysNameTheDaysTheySkipped() {
        Instant christmasEve = Instant.parse("2026-12-24T10:00:00Z");
        Deadline deadline = calculator.deadline("MIL-2", TimeLimit.parse("3 working-days"), christmasEve, "wokingham@v1");
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));

        DeadlineExplanation explained = DeadlineExplanation.of(calendar, christmasEve, "3 working-days", deadline.dueDate(),
                "wokingham@v1");

        assertThat(explained.triggeredOn()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(explained.skipped()).extracting(DayOff::date).containsExactly(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 27), LocalDate.of(2026, 12, 28));
        assertThat(explained.skipped().get(0).reason()).startsWith("bank holiday: ").containsIgnoringCase("Christmas");
        assertThat(explained.skipped().get(1).reason()).isEqualTo("Saturday");
        assertThat(explained.skipped().get(2).reason()).isEqualTo("Sunday");
        assertThat(explained.skipped().get(3).reason()).startsWith("bank holiday: ");
        assertThat(explained.summary()).startsWith("Triggered on 2026-12-24; 3 working-days under policy wokingham@v1: due 2026-12-31.")
                .contains("2026-12-26 (Saturday)");
    }

    @Test
    @DisplayName("X-2: a holiday from the operator's file is named as the file names it")
    void anOperatorsHolidayKeepsItsName() {
        WorkingDayCalendar overridden = new WorkingDayCalendar(new OverriddenBankHolidays(new JollydayEnglandAndWales(),
                Map.of(2027, Map.of(LocalDate.of(2027, 6, 7), "A newly announced holiday"))));
        DeadlineExplanation explained = DeadlineExplanation.of(overridden, Instant.parse("2027-06-04T09:00:00Z"),
                "1 working-days", LocalDate.of(2027, 6, 8), "reading@v3");
        assertThat(explained.skipped()).containsExactly(new DayOff(LocalDate.of(2027, 6, 5), "Saturday"),
                new DayOff(LocalDate.of(2027, 6, 6), "Sunday"), new DayOff(LocalDate.of(2027, 6, 7), "bank holiday: A newly announced holiday"));
    }

    @Test
    @DisplayName("a limit in calendar days or months skips no day, and says so by listing none")
    void calendarLimitsSkipNothing() {
        DeadlineExplanation explained = DeadlineExplanation.of(calendar, Instant.parse("2026-12-24T10:00:00Z"), "3 months",
                LocalDate.of(2027, 3, 24), "wokingham@v1");
        assertThat(explained.skipped()).isEmpty();
        assertThat(explained.summary()).isEqualTo("Triggered on 2026-12-24; 3 months under policy wokingham@v1: due 2027-03-24.");
    }
}
