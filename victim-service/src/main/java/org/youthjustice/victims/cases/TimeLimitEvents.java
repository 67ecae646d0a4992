package org.youthjustice.victims.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.youthjustice.events.victims.VictimTimeLimit;
import org.youthjustice.kernel.timelimits.TimeLimitPublisher;

/**
 * victim-service's time limits told to the partnership (EVENTS.md {@code victim-time-limit.changed}, read by
 * reporting-service's timeliness figures): the contacts owed to victims (VIC-1, VIC-6 first contact; VIC-8 progress
 * and conclusion). The contact package says when one opens, is met or stops applying; this one sends it with who holds
 * the case: its team and its restorative justice worker (ALC-11).
 *
 * <p>VIC-4: only ids, the rule, the step, dates, team and worker leave the service; nothing of the victim, not even
 * which victim (the time limit's id is the task's).
 *
 * <p>An open time limit follows its case: when it has another restorative justice worker or team, {@link
 * HolderChanged} asks the contact package to send its open ones again.
 */
@ApplicationScoped
public class TimeLimitEvents extends TimeLimitPublisher<VictimTimeLimit> {

    /**
     * Someone else holds the case now (its team and restorative justice worker): the contact package observes it and
     * sends its open time limits again ({@link #heldBy}). Fired in the unit of work applying the allocation, before the
     * case records the new holder.
     */
    public record HolderChanged(UUID caseId, String team, UUID rjWorker) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Event<HolderChanged> holderChanged;

    public TimeLimitEvents() {
        super(VictimTimeLimit::new);
    }

    @Override
    protected Holder holderOf(UUID caseId) {
        // a victim's task is always of a case victim-service knows (victim.case_id references victim_case)
        VictimCase holder = entityManager.find(VictimCase.class, caseId);
        return new Holder(holder.team, holder.rjWorker);
    }

    /** The case has another holder: its open time limits follow it. */
    public void holderChanged(UUID caseId, String team, UUID rjWorker) {
        holderChanged.fire(new HolderChanged(caseId, team, rjWorker));
    }
}
