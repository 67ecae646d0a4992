package org.youthjustice.kernel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

class DeadlineCalculatorTest {
    private final DeadlineCalculator calculator = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), DeadlineCalculator.LONDON).toInstant();
    }

    @ParameterizedTest(name = "X-3: {1} from {0} London is due {2}")
    @CsvSource({
            "2026-11-20T16:30, 3 working-days, 2026-11-25",
            "2026-12-23T10:00, 3 working-days, 2026-12-30",
            "2026-04-02T09:00, 1 working-days, 2026-04-07",
            "2026-11-23T09:00, 15 days, 2026-12-08",
            "2026-11-23T09:00, 4 weeks, 2026-12-21",
            "2026-11-23T09:00, 3 months, 2027-02-23",
            "2027-01-31T09:00, 1 months, 2027-02-28",
            "2028-01-31T09:00, 1 months, 2028-02-29" })
    void dayBasedLimitsAreDueAtTheEndOfTheLondonDay(String trigger, String limit, LocalDate due) {
        Deadline deadline = calculator.deadline("RULE-1", TimeLimit.parse(limit), london(trigger), "test@1");

        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.dueAt()).isEqualTo(london(due + "T23:59:59.999999"));
    }

    @Test
    @DisplayName("X-3: the trigger's date is its date in London, not in UTC")
    void theTriggerDateIsTheLondonDate() {
        // 23:30 UTC on 30 June is 00:30 BST on 1 July
        Deadline deadline = calculator.deadline("MIL-2", TimeLimit.parse("3 working-days"),
                Instant.parse("2026-06-30T23:30:00Z"), "test@1");

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    @DisplayName("X-3: the end of a due day follows the clock change in London")
    void theEndOfTheDayFollowsTheClockChange() {
        Deadline deadline = calculator.deadline("RULE-1", TimeLimit.parse("1 days"), london("2026-03-28T12:00"), "test@1");

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-29T22:59:59.999999Z"));
    }

    @Test
    void hourLimitsRunFromTheTriggerInstant() {
        Instant committal = london("2026-12-24T15:00");

        Deadline deadline = calculator.deadline("MIL-14-allocation", TimeLimit.parse("48 hours"), committal, "test@1");

        assertThat(deadline.dueAt()).isEqualTo(committal.plusSeconds(48 * 3600));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    @DisplayName("X-3: a deadline is due, met, met late or overdue")
    void aDeadlineIsDueMetMetLateOrOverdue() {
        Deadline deadline = calculator.deadline("MIL-2", TimeLimit.parse("3 working-days"), london("2026-11-20T10:00"), "test@1");
        Instant beforeDue = london("2026-11-25T17:00");
        Instant afterDue = london("2026-11-26T00:00:01");

        assertThat(deadline.status(beforeDue, Optional.empty())).isEqualTo(DeadlineStatus.DUE);
        assertThat(deadline.status(afterDue, Optional.empty())).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(deadline.status(afterDue, Optional.of(beforeDue))).isEqualTo(DeadlineStatus.MET);
        assertThat(deadline.status(afterDue, Optional.of(afterDue))).isEqualTo(DeadlineStatus.MET_LATE);
    }

    @Test
    void timeLimitsReadAndWriteThePolicyFileForm() {
        assertThat(TimeLimit.parse("2 working-days")).isEqualTo(TimeLimit.of(2, TimeUnitKind.WORKING_DAYS));
        assertThat(TimeLimit.parse("1 working-day")).isEqualTo(TimeLimit.of(1, TimeUnitKind.WORKING_DAYS));
        assertThat(TimeLimit.parse("48 hours").toString()).isEqualTo("48 hours");
        assertThatThrownBy(() -> TimeLimit.parse("3 fortnights")).hasMessageContaining("unknown time unit");
        assertThatThrownBy(() -> TimeLimit.parse("three days")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> TimeLimit.parse("-1 days")).hasMessageContaining("negative");
    }

    @ParameterizedTest(name = "X-3: {1} before {0} is due {2}")
    @CsvSource({
            // 25 Dec 2026 is a Friday and Boxing Day's substitute is Monday 28 Dec: neither counts
            "2026-12-29, 2 working-days, 2026-12-23",
            "2026-11-26, 2 days, 2026-11-24",
            "2027-01-08, 2 weeks, 2026-12-25",
            "2027-03-31, 1 months, 2027-02-28" })
    @DisplayName("MIL-11: a limit before a date (closure document 2 days before the exit interview) counts back")
    void limitsBeforeADateCountBack(LocalDate reference, String limit, LocalDate due) {
        Policy policy = new Policy("test", java.util.Map.of("MIL-11-x", TimeLimit.parse(limit)), "test@1");
        Instant arose = london("2026-11-02T09:00");

        Deadline deadline = calculator.deadlineBefore(policy, "MIL-11-x", reference, arose);

        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.dueAt()).isEqualTo(london(due + "T23:59:59.999999"));
        assertThat(deadline.triggeredAt()).isEqualTo(arose);
    }
}
