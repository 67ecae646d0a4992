package org.youthjustice.orders.caseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineExplanation;

/**
 * A milestone as the case plan shows it: its rule and step, due date, where it stands now, who holds
 * it, what met it or why it does not apply, and the policy version that set its due date, with how that date was
 * worked out (the trigger, the limit and the days not counted).
 */
public record MilestoneView(UUID id, UUID caseId, UUID orderId, String rule, String step, Instant triggeredAt,
        LocalDate dueDate, String timeLimit, String status, String policyVersion, String team, UUID responsibleWorker,
        Instant completedAt, Milestone.Evidence evidence, String notApplicableReason, DeadlineExplanation explanation) {

    public static MilestoneView of(Milestone m, Instant now, WorkingDayCalendar calendar) {
        Milestone.Evidence evidence = m.evidenceKind == null ? null
                : new Milestone.Evidence(m.evidenceKind, m.evidenceId, m.evidenceNote);
        return new MilestoneView(m.id, m.caseId, m.orderId, m.rule, m.step, m.triggeredAt, m.dueDate, m.timeLimit,
                m.status(now), m.policyVersion, m.team, m.responsibleWorker, m.completedAt, evidence, m.notApplicableReason,
                DeadlineExplanation.of(calendar, m.rule, null, m.triggeredAt, m.timeLimit, m.dueDate, m.policyVersion));
    }

    public static java.util.List<MilestoneView> all(java.util.List<Milestone> milestones, Instant now, WorkingDayCalendar calendar) {
        return milestones.stream().map(m -> of(m, now, calendar)).toList();
    }
}
