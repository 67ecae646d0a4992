package org.youthjustice.allocation.requests;

import java.util.Optional;
import java.util.UUID;
import org.youthjustice.problem.Violation;

/**
 * ALC-10 for a reallocation (Nottinghamshire policy): a manager reallocates a case within its team; a move to
 * a worker of another team is an internal transfer, proposed and endorsed. Pure, so that it is tested on its
 * own; {@link Reallocations} loads the case and the worker, hands the case over and announces it.
 */
public final class ReallocationRule {
    public static final String RULE = "ALC-10";

    private ReallocationRule() {
    }

    /** A case is reallocated to another worker than its case manager; otherwise the violation, on {@code workerId}. */
    public static Optional<Violation> anotherWorker(UUID caseManager, UUID workerId) {
        return caseManager.equals(workerId) ? Optional.of(Violation.ofField("workerId", "already the case manager")) : Optional.empty();
    }

    /**
     * ALC-10: the case {@code caseId}, in {@code caseTeam} (null: in none yet), is reallocated to {@code workerName}
     * of {@code workerTeam} only when that is the case's team; otherwise the violation, on {@code workerId}.
     */
    public static Optional<Violation> withinTheTeam(UUID caseId, String caseTeam, String workerName, String workerTeam) {
        if (caseTeam == null || caseTeam.equals(workerTeam)) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofRule(RULE, "workerId", workerName + " is in team " + workerTeam
                + ", not the case's team " + caseTeam + ": a move between teams is an internal transfer, proposed and endorsed "
                + "(POST /cases/" + caseId + "/internal-transfers)"));
    }
}
