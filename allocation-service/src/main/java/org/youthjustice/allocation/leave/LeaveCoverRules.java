package org.youthjustice.allocation.leave;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.allocation.workforce.Availability;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.allocation.workforce.WorkerAbsence;
import org.youthjustice.problem.Violation;

/**
 * ALC-8 (Nottinghamshire policy §7) as decisions over an absence: planned leave has a cover worker, another
 * worker who holds cases, named by the day before it starts; an unplanned absence is reviewed, and after 2
 * weeks with no imminent return the worker's cases are proposed for reallocation. Pure, so that each is
 * tested on its own; {@link LeaveCover} loads, saves, announces and works out the policy's deadlines.
 */
public final class LeaveCoverRules {
    public static final String RULE = "ALC-8";

    private LeaveCoverRules() {
    }

    /** A cover worker is named for planned leave only; otherwise the violation, on {@code coverWorkerId}. */
    public static Optional<Violation> coverNamedFor(WorkerAbsence.Kind kind) {
        return kind == WorkerAbsence.Kind.PLANNED ? Optional.empty() : Optional.of(Violation.ofField("coverWorkerId",
                "cover is named for planned leave; an unplanned absence is reviewed, then its cases reallocated"));
    }

    /** The review of cases and planned contacts is of an unplanned absence; otherwise the violation, on {@code note}. */
    public static Optional<Violation> reviewOf(WorkerAbsence.Kind kind) {
        return kind == WorkerAbsence.Kind.UNPLANNED ? Optional.empty()
                : Optional.of(Violation.ofField("note", "the review is of an unplanned absence"));
    }

    /** The cover is another worker than the one on leave, and one who holds cases; otherwise the violation. */
    public static Optional<Violation> cover(UUID workerOnLeave, UUID coverId, Grade coverGrade) {
        return coverId.equals(workerOnLeave) || !coverGrade.holdsCases()
                ? Optional.of(Violation.ofField("coverWorkerId", "the cover is another worker who holds cases"))
                : Optional.empty();
    }

    /** Planned leave's cover is named, the children told and their plans updated, by the day before it starts. */
    public static LocalDate coverDue(LocalDate leaveStartsOn) {
        return leaveStartsOn.minusDays(1);
    }

    /**
     * An unplanned absence's cases are proposed for reallocation from {@code considerFrom} (2 weeks in, by the
     * authority's policy) while the worker is still absent with no imminent return (ALC-2) and holds any.
     */
    public static boolean proposeReallocation(LocalDate today, LocalDate considerFrom, Availability availability, boolean holdsCases) {
        return !today.isBefore(considerFrom) && availability.status() == Availability.Status.ABSENT && holdsCases;
    }
}
