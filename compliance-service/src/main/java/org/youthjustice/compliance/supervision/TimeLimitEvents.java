package org.youthjustice.compliance.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.kernel.outbox.Outbox;

/**
 * compliance-service's time limits told to the partnership (EVENTS.md {@code compliance-time-limit.changed}, read by
 * reporting-service's timeliness figures): an absence's follow-up (CMP-4, absences) and the enforcement steps due
 * within a limit (CMP-6 compliance meeting, CMP-7 breach proceedings, enforcement). Those packages say when one opens,
 * is met or stops applying; this one sends it through the outbox, in their transaction, with who holds the case.
 *
 * <p>An open time limit follows its case: when someone else holds it (an allocation, a reallocation, an internal or a
 * YOT-to-YOT transfer), {@link HolderChanged} asks the packages above to send their open ones again.
 */
@ApplicationScoped
public class TimeLimitEvents {

    /** A time limit's facts as its owner keeps them. */
    public record TimeLimit(UUID id, UUID caseId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
            Instant dueAt) {
    }

    /**
     * Someone else holds the case now (its team and case manager; both null while a transferred-in case waits for its
     * allocation): absences and enforcement observe it and send their open time limits again, so that they count for
     * the new holder. Fired in the unit of work of the authority holding the case now.
     */
    public record HolderChanged(UUID caseId, String team, UUID caseManager) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Event<HolderChanged> holderChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TimeLimit limit) {
        SupervisedCase holder = entityManager.find(SupervisedCase.class, limit.caseId());
        heldBy(limit, holder.team, holder.caseManager);
    }

    /** Sent again (or first) as held by {@code team} and {@code caseManager}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heldBy(TimeLimit limit, String team, UUID caseManager) {
        send(limit, Status.OPEN, null, null, null, team, caseManager);
    }

    /** Met by casework done at {@code completedAt}: on time when at or before the due time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(TimeLimit limit, Instant completedAt) {
        SupervisedCase holder = entityManager.find(SupervisedCase.class, limit.caseId());
        send(limit, Status.MET, completedAt, null, null, holder.team, holder.caseManager);
    }

    /** Closed at {@code closedAt} as no longer applying, for {@code reason}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(TimeLimit limit, String reason, Instant closedAt) {
        SupervisedCase holder = entityManager.find(SupervisedCase.class, limit.caseId());
        send(limit, Status.NOT_APPLICABLE, null, reason, closedAt, holder.team, holder.caseManager);
    }

    /** The case has another holder: its open time limits follow it. */
    public void holderChanged(UUID caseId, String team, UUID caseManager) {
        holderChanged.fire(new HolderChanged(caseId, team, caseManager));
    }

    private void send(TimeLimit limit, Status status, Instant completedAt, String reason, Instant closedAt, String team,
            UUID caseManager) {
        outbox.record(new ComplianceTimeLimit(limit.id(), limit.rule(), limit.step(), limit.triggeredAt(), limit.dueDate(),
                limit.dueAt(), status, completedAt, completedAt == null ? null : !completedAt.isAfter(limit.dueAt()), reason,
                closedAt, team, caseManager), limit.caseId());
    }
}
