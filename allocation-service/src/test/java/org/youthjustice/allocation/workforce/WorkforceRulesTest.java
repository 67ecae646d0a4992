package org.youthjustice.allocation.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.TimeLimit;
import org.youthjustice.problem.Violation;

/** ALC-2's refusal, alone: no service, no database. */
class WorkforceRulesTest {
    /** The imminent-return limit as the default policy sets it, worked out as {@link Workforce#imminentBy} does. */
    private static final Policy POLICY = Policy.of("test", Map.of("ALC-2-imminent-return", TimeLimit.parse("2 working-days")));
    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator(WorkingDayCalendar.englandAndWales());

    private static LocalDate imminentBy(LocalDate date) {
        Instant startOfDay = date.atStartOfDay(DeadlineCalculator.LONDON).toInstant();
        return DEADLINES.deadline(POLICY, "ALC-2-imminent-return", startOfDay).dueDate();
    }

    private static Availability on(String date, WorkerAbsence... absences) {
        LocalDate day = LocalDate.parse(date);
        return Availability.on(day, List.of(absences), imminentBy(day));
    }

    private static WorkerAbsence unplanned(String startsOn, String expectedReturn) {
        WorkerAbsence absence = new WorkerAbsence();
        absence.kind = WorkerAbsence.Kind.UNPLANNED;
        absence.startsOn = LocalDate.parse(startsOn);
        absence.expectedReturn = expectedReturn == null ? null : LocalDate.parse(expectedReturn);
        return absence;
    }

    @Test
    @DisplayName("ALC-2: a worker at work takes the work")
    void atWork() {
        assertThat(WorkforceRules.available(on("2026-11-13"), "workerId")).isEmpty();
    }

    @Test
    @DisplayName("ALC-2: a worker away with no return expected is refused, on the field that named them, with why")
    void awayWithNoReturn() {
        assertThat(WorkforceRules.available(on("2026-11-03", unplanned("2026-11-02", null)), "coverWorkerId"))
                .contains(Violation.ofRule("ALC-2", "coverWorkerId", "unplanned absence since 2026-11-02, no return expected (ALC-2)"));
    }

    @Test
    @DisplayName("ALC-2: from Friday, back on Tuesday is within 2 working days (the weekend skipped); back on Wednesday is not")
    void overAWeekend() {
        assertThat(imminentBy(LocalDate.parse("2026-11-20"))).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(WorkforceRules.available(on("2026-11-20", unplanned("2026-11-16", "2026-11-24")), "studentId")).isEmpty();
        assertThat(WorkforceRules.available(on("2026-11-20", unplanned("2026-11-16", "2026-11-25")), "studentId"))
                .contains(Violation.ofRule("ALC-2", "studentId",
                        "unplanned absence since 2026-11-16, back on 2026-11-25, after 2026-11-24 (ALC-2)"));
    }

    @Test
    @DisplayName("ALC-2: over Christmas 2 working days from Wednesday 23 December run to Tuesday 29th, past the bank holidays")
    void overTheBankHolidays() {
        assertThat(imminentBy(LocalDate.parse("2026-12-23"))).isEqualTo(LocalDate.parse("2026-12-29"));
        assertThat(WorkforceRules.available(on("2026-12-23", unplanned("2026-12-14", "2026-12-29")), "workerId")).isEmpty();
        assertThat(WorkforceRules.available(on("2026-12-23", unplanned("2026-12-14", "2026-12-30")), "workerId"))
                .map(Violation::rule).contains("ALC-2");
    }
}
