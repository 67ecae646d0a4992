package org.youthjustice.victims.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.victims.VictimTimeLimit;
import org.youthjustice.kernel.outbox.Outbox;

/**
 * victim-service's time limits told to the partnership (EVENTS.md {@code victim-time-limit.changed}, read by
 * reporting-service's timeliness figures): the contacts owed to victims (VIC-1, VIC-6 first contact; VIC-8 progress
 * and conclusion). The contact package says when one opens, is met or stops applying; this one sends it through the
 * outbox, in its transaction, with who holds the case: its team and its restorative justice worker (ALC-11).
 *
 * <p>VIC-4: only ids, the rule, the step, dates, team and worker leave the service; nothing of the victim, not even
 * which victim (the time limit's id is the task's).
 *
 * <p>An open time limit follows its case: when it has another restorative justice worker or team, {@link
 * HolderChanged} asks the contact package to send its open ones again.
 */
@ApplicationScoped
public class TimeLimitEvents {

    /** A time limit's facts as its owner keeps them. */
    public record TimeLimit(UUID id, UUID caseId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
            Instant dueAt) {
    }

    /**
     * Someone else holds the case now (its team and restorative justice worker): the contact package observes it and
     * sends its open time limits again, so that they count for the new holder. Fired in the unit of work applying the
     * allocation, before the case records the new holder.
     */
    public record HolderChanged(UUID caseId, String team, UUID rjWorker) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Event<HolderChanged> holderChanged;

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(TimeLimit limit) {
        VictimCase holder = holder(limit);
        heldBy(limit, holder.team, holder.rjWorker);
    }

    /** Sent again (or first) as held by {@code team} and {@code rjWorker}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heldBy(TimeLimit limit, String team, UUID rjWorker) {
        send(limit, Status.OPEN, null, null, null, team, rjWorker);
    }

    /** Met by the contact made at {@code completedAt}: on time when at or before the due time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(TimeLimit limit, Instant completedAt) {
        VictimCase holder = holder(limit);
        send(limit, Status.MET, completedAt, null, null, holder.team, holder.rjWorker);
    }

    /** Closed at {@code closedAt} as no longer applying, for {@code reason}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(TimeLimit limit, String reason, Instant closedAt) {
        VictimCase holder = holder(limit);
        send(limit, Status.NOT_APPLICABLE, null, reason, closedAt, holder.team, holder.rjWorker);
    }

    /** The case has another holder: its open time limits follow it. */
    public void holderChanged(UUID caseId, String team, UUID rjWorker) {
        holderChanged.fire(new HolderChanged(caseId, team, rjWorker));
    }

    private VictimCase holder(TimeLimit limit) {
        // a victim's task is always of a case victim-service knows (victim.case_id references victim_case)
        return entityManager.find(VictimCase.class, limit.caseId());
    }

    private void send(TimeLimit limit, Status status, Instant completedAt, String reason, Instant closedAt, String team,
            UUID rjWorker) {
        outbox.record(new VictimTimeLimit(limit.id(), limit.rule(), limit.step(), limit.triggeredAt(), limit.dueDate(),
                limit.dueAt(), status, completedAt, completedAt == null ? null : !completedAt.isAfter(limit.dueAt()), reason,
                closedAt, team, rjWorker), limit.caseId());
    }
}
