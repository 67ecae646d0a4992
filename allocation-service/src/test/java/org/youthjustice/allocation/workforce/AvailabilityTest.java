package org.youthjustice.allocation.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

class AvailabilityTest {
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static WorkerAbsence absence(WorkerAbsence.Kind kind, String startsOn, String endsOn, String expectedReturn) {
        WorkerAbsence absence = new WorkerAbsence();
        absence.kind = kind;
        absence.startsOn = LocalDate.parse(startsOn);
        absence.endsOn = endsOn == null ? null : LocalDate.parse(endsOn);
        absence.expectedReturn = expectedReturn == null ? null : LocalDate.parse(expectedReturn);
        return absence;
    }

    private static Availability on(String date, WorkerAbsence... absences) {
        LocalDate day = LocalDate.parse(date);
        // the default policy: back within 2 working days counts as imminent
        return Availability.on(day, List.of(absences), CALENDAR.addWorkingDays(day, 2));
    }

    @Test
    @DisplayName("ALC-2: a worker on leave is not allocated cases unless back within 2 working days; at work they are")
    void absentWorkersAreNotAllocated() {
        WorkerAbsence leave = absence(WorkerAbsence.Kind.PLANNED, "2026-11-16", "2026-11-27", null);
        assertThat(on("2026-11-13", leave).status()).isEqualTo(Availability.Status.AVAILABLE);
        assertThat(on("2026-11-18", leave).allocatable()).isFalse();
        assertThat(on("2026-11-18", leave).reason()).isEqualTo(
                "planned absence since 2026-11-16, back on 2026-11-28, after 2026-11-20 (ALC-2)");
        // Thursday 26th: back Saturday 28th, within 2 working days (Monday 30th)
        Availability returning = on("2026-11-26", leave);
        assertThat(returning.status()).isEqualTo(Availability.Status.RETURNING);
        assertThat(returning.allocatable()).isTrue();
        assertThat(on("2026-11-30", leave).status()).isEqualTo(Availability.Status.AVAILABLE);
    }

    @Test
    @DisplayName("ALC-2: an unplanned absence with no return expected is never imminent; over Christmas 2 working days "
            + "run from Wednesday 23 December to Tuesday 29 December")
    void unplannedAbsencesAndChristmas() {
        WorkerAbsence sick = absence(WorkerAbsence.Kind.UNPLANNED, "2026-11-02", null, null);
        assertThat(on("2026-11-03", sick).status()).isEqualTo(Availability.Status.ABSENT);
        assertThat(on("2026-11-03", sick).reason()).isEqualTo("unplanned absence since 2026-11-02, no return expected (ALC-2)");

        WorkerAbsence overChristmas = absence(WorkerAbsence.Kind.UNPLANNED, "2026-12-14", null, "2026-12-29");
        assertThat(on("2026-12-23", overChristmas).status()).isEqualTo(Availability.Status.RETURNING);
        assertThat(on("2026-12-22", overChristmas).status()).isEqualTo(Availability.Status.ABSENT);

        WorkerAbsence returnedEarly = absence(WorkerAbsence.Kind.UNPLANNED, "2026-11-02", null, null);
        returnedEarly.returnedOn = LocalDate.parse("2026-11-09");
        assertThat(on("2026-11-09", returnedEarly).status()).isEqualTo(Availability.Status.AVAILABLE);
    }
}
