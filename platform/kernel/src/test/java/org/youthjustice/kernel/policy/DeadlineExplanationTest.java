package org.youthjustice.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.JollydayEnglandAndWales;
import org.youthjustice.kernel.calendar.OverriddenBankHolidays;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineExplanation.SkippedDay;

class DeadlineExplanationTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final DeadlineCalculator calculator = new DeadlineCalculator(calendar);

    @Test
    @DisplayName("MIL-2 over Christmas: 3 working days from Thursday 24 December 2026 are due Thursday 31 December; the "
            + "explanation names Christmas, the weekend and the Boxing Day substitute as the days not counted")
    void workingDaysNameTheDaysTheySkipped() {
        Instant christmasEve = Instant.parse("2026-12-24T10:00:00Z");
        Deadline deadline = calculator.deadline("MIL-2", TimeLimit.parse("3 working-days"), christmasEve, "wokingham@v1");
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));

        DeadlineExplanation explained = DeadlineExplanation.of(calendar, "MIL-2", "the case's allocation", christmasEve,
                "3 working-days", deadline.dueDate(), "wokingham@v1");

        assertThat(explained.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2026, 12, 25), "bank holiday", "Christmas"),
                new SkippedDay(LocalDate.of(2026, 12, 26), "weekend", "Saturday"),
                new SkippedDay(LocalDate.of(2026, 12, 27), "weekend", "Sunday"),
                new SkippedDay(LocalDate.of(2026, 12, 28), "bank holiday", "Boxing Day"));
        assertThat(explained.summary()).isEqualTo("MIL-2: 3 working-days from the case's allocation (2026-12-24), under policy "
                + "wokingham@v1: due by the end of 2026-12-31, not counting 2026-12-25 (Christmas), 2026-12-26 (Saturday), "
                + "2026-12-27 (Sunday), 2026-12-28 (Boxing Day)");
    }

    @Test
    @DisplayName("X-2: a holiday from the operator's file is named as the file names it")
    void anOperatorsHolidayKeepsItsName() {
        WorkingDayCalendar overridden = new WorkingDayCalendar(new OverriddenBankHolidays(new JollydayEnglandAndWales(),
                Map.of(2027, Map.of(LocalDate.of(2027, 6, 7), "A newly announced holiday"))));
        DeadlineExplanation explained = DeadlineExplanation.of(overridden, "CMP-4", "the missed appointment",
                Instant.parse("2027-06-04T09:00:00Z"), "1 working-days", LocalDate.of(2027, 6, 8), "reading@v3");
        assertThat(explained.skipped()).extracting(SkippedDay::name).containsExactly("Saturday", "Sunday", "A newly announced holiday");
    }

    @Test
    @DisplayName("a limit in calendar days or months skips no day, and says so by listing none")
    void calendarLimitsSkipNothing() {
        DeadlineExplanation explained = DeadlineExplanation.of(calendar, "MIL-4", null, Instant.parse("2026-12-24T10:00:00Z"),
                "3 months", LocalDate.of(2027, 3, 24), "wokingham@v1");
        assertThat(explained.skipped()).isEmpty();
        assertThat(explained.summary()).isEqualTo("MIL-4: 3 months from the trigger (2026-12-24), under policy wokingham@v1: "
                + "due by the end of 2027-03-24");
    }
}
