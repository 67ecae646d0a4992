package org.youthjustice.allocation.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.WorkerAbsence;
import org.youthjustice.problem.Violation;

class LeaveCoverRulesTest {
    private static final UUID ON_LEAVE = UUID.randomUUID();

    @Test
    @DisplayName("ALC-8: a cover worker is named for planned leave; an unplanned absence is reviewed instead")
    void coverIsNamedForPlannedLeave() {
        assertThat(LeaveCoverRules.coverNamedFor(WorkerAbsence.Kind.PLANNED)).isEmpty();
        assertThat(LeaveCoverRules.coverNamedFor(WorkerAbsence.Kind.UNPLANNED)).contains(Violation.ofField("coverWorkerId",
                "cover is named for planned leave; an unplanned absence is reviewed, then its cases reallocated"));
        assertThat(LeaveCoverRules.reviewOf(WorkerAbsence.Kind.UNPLANNED)).isEmpty();
        assertThat(LeaveCoverRules.reviewOf(WorkerAbsence.Kind.PLANNED))
                .contains(Violation.ofField("note", "the review is of an unplanned absence"));
    }

    @Test
    @DisplayName("ALC-8: the cover is another worker, one who holds cases")
    void theCoverIsAnotherWorkerWhoHoldsCases() {
        assertThat(LeaveCoverRules.cover(ON_LEAVE, UUID.randomUUID(), Grade.BAND_A)).isEmpty();
        assertThat(LeaveCoverRules.cover(ON_LEAVE, UUID.randomUUID(), Grade.YJSO)).isEmpty();
        Violation notACover = Violation.ofField("coverWorkerId", "the cover is another worker who holds cases");
        assertThat(LeaveCoverRules.cover(ON_LEAVE, ON_LEAVE, Grade.BAND_B)).contains(notACover);
        assertThat(LeaveCoverRules.cover(ON_LEAVE, UUID.randomUUID(), Grade.RJ_WORKER)).contains(notACover);
        assertThat(LeaveCoverRules.cover(ON_LEAVE, UUID.randomUUID(), Grade.SPECIALIST)).contains(notACover);
    }

    @Test
    @DisplayName("ALC-8: planned leave's cover is due the day before the leave starts")
    void coverIsDueTheDayBefore() {
        assertThat(LeaveCoverRules.coverDue(LocalDate.parse("2026-12-21"))).isEqualTo(LocalDate.parse("2026-12-20"));
    }

    @Test
    @DisplayName("ALC-8: from 2 weeks into an unplanned absence with no imminent return, the worker's cases are proposed for reallocation")
    void casesAreProposedForReallocationAfterTwoWeeksAway() {
        LocalDate consider = LocalDate.parse("2026-12-07");
        Availability absent = new Availability(Availability.Status.ABSENT, null, "unplanned absence since 2026-11-23, no return "
                + "expected (ALC-2)");
        Availability returning = new Availability(Availability.Status.RETURNING, LocalDate.parse("2026-12-08"),
                "unplanned absence since 2026-11-23, back on 2026-12-08, by 2026-12-09: return imminent (ALC-2)");
        assertThat(LeaveCoverRules.proposeReallocation(consider, consider, absent, true)).isTrue();
        assertThat(LeaveCoverRules.proposeReallocation(consider.plusDays(3), consider, absent, true)).isTrue();
        assertThat(LeaveCoverRules.proposeReallocation(consider.minusDays(1), consider, absent, true)).isFalse();
        assertThat(LeaveCoverRules.proposeReallocation(consider, consider, returning, true)).isFalse();
        assertThat(LeaveCoverRules.proposeReallocation(consider, consider, absent, false)).isFalse();
    }
}
