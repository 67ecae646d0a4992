package org.youthjustice.allocation.requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.allocation.proposal.CandidateRanking;
import org.youthjustice.allocation.victims.RestorativeJusticeWorkers;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.problem.Violation;

/**
 * The manager's choice of case manager as decisions (Nottinghamshire policy; ALC-12): a worker the ranking
 * left out by a rule cannot be chosen (ALC-2, ALC-7, or, with no rule, a grade that holds no cases); one whose
 * choice breaks a rule (ALC-1, ALC-3 to ALC-5) can, with the manager's rationale, and the rules overridden are
 * kept with the decision; a case where a direct victim consented to contact is allocated with a restorative
 * justice worker of the authority at work (ALC-11). Pure, so that each is tested on its own; {@link Allocations}
 * ranks, saves and announces, and reallocations and internal transfers choose by the same rules.
 */
public final class AllocationRules {
    private AllocationRules() {
    }

    /**
     * A worker the ranking left out cannot be chosen: the violation on {@code workerId}, with the rule that left
     * them out (or, when no rule but their grade did, without one); none when the ranking did not leave them out.
     */
    public static Optional<Violation> excluded(CandidateRanking.Proposal proposal, UUID workerId) {
        return proposal.excluded().stream().filter(e -> e.workerId().equals(workerId)).findFirst()
                .map(out -> out.rule() == null ? Violation.ofField("workerId", out.reason())
                        : Violation.ofRule(out.rule(), "workerId", out.reason()));
    }

    /**
     * ALC-12: each rule choosing {@code chosen} would break needs the manager's rationale; without one, a
     * violation for each, on {@code rationale}, with that rule's ID. None when the choice breaks no rule or is
     * explained.
     */
    public static List<Violation> rationaleFor(CandidateRanking.Candidate chosen, String rationale) {
        if (!chosen.breaks().isEmpty() && (rationale == null || rationale.isBlank())) {
            return chosen.breaks().stream()
                    .map(b -> Violation.ofRule(b.rule(), "rationale", b.reason() + ": give the rationale to choose them")).toList();
        }
        return List.of();
    }

    /** ALC-12: the rules the manager overrode by choosing {@code chosen}, for the decision's record. */
    public static List<String> rulesOverridden(CandidateRanking.Candidate chosen) {
        return chosen.breaks().stream().map(CandidateRanking.Breach::rule).toList();
    }

    /** ALC-7: the student named to work the case beside its case manager is a student; otherwise the violation, on {@code studentId}. */
    public static Optional<Violation> student(Grade grade) {
        return grade == Grade.STUDENT ? Optional.empty()
                : Optional.of(Violation.ofField("studentId", "not a student: " + grade.wireName()));
    }

    /**
     * ALC-11: where a restorative justice worker is {@code needed} (for {@code reason}), the manager names one of
     * the {@code candidates}, the authority's RJ workers at work; one named is one of them, and none is named
     * where none is needed. Otherwise the violation, on {@code rjWorkerId}.
     */
    public static Optional<Violation> restorativeJusticeWorker(boolean needed, String reason,
            List<RestorativeJusticeWorkers.RjCandidate> candidates, UUID rjWorkerId) {
        if (needed && rjWorkerId == null) {
            return Optional.of(Violation.ofRule("ALC-11", "rjWorkerId", reason
                    + ": name one of " + candidates.stream().map(RestorativeJusticeWorkers.RjCandidate::name).toList()));
        }
        if (rjWorkerId != null && candidates.stream().noneMatch(c -> c.workerId().equals(rjWorkerId))) {
            return Optional.of(Violation.ofRule("ALC-11", "rjWorkerId", needed
                    ? "not a restorative justice worker of the authority at work now"
                    : reason + ": no restorative justice worker is allocated"));
        }
        return Optional.empty();
    }
}
