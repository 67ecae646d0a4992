package org.youthjustice.orders.caseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone as the case plan shows it: its rule and step, due date, where it stands now, who holds
 * it, what met it or why it does not apply, and the policy version that set its due date.
 */
public record MilestoneView(UUID id, UUID caseId, UUID orderId, String rule, String step, Instant triggeredAt,
        LocalDate dueDate, String timeLimit, String status, String policyVersion, String team, UUID responsibleWorker,
        Instant completedAt, Milestone.Evidence evidence, String notApplicableReason) {

    public static MilestoneView of(Milestone m, Instant now) {
        Milestone.Evidence evidence = m.evidenceKind == null ? null
                : new Milestone.Evidence(m.evidenceKind, m.evidenceId, m.evidenceNote);
        return new MilestoneView(m.id, m.caseId, m.orderId, m.rule, m.step, m.triggeredAt, m.dueDate, m.timeLimit,
                m.status(now), m.policyVersion, m.team, m.responsibleWorker, m.completedAt, evidence, m.notApplicableReason);
    }

    public static java.util.List<MilestoneView> all(java.util.List<Milestone> milestones, Instant now) {
        return milestones.stream().map(m -> of(m, now)).toList();
    }
}
