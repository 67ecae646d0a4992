package org.youthjustice.compliance.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.kernel.timelimits.TimeLimitPublisher;

/**
 * compliance-service's time limits told to the partnership (EVENTS.md {@code compliance-time-limit.changed}, read by
 * reporting-service's timeliness figures): an absence's follow-up (CMP-4, absences) and the enforcement steps due
 * within a limit (CMP-6 compliance meeting, CMP-7 breach proceedings, enforcement). Those packages say when one opens,
 * is met or stops applying; this one sends it with who holds the case: its team and case manager.
 *
 * <p>An open time limit follows its case: when someone else holds it (an allocation, a reallocation, an internal or a
 * YOT-to-YOT transfer), {@link HolderChanged} asks the packages above to send their open ones again.
 */
@ApplicationScoped
public class TimeLimitEvents extends TimeLimitPublisher<ComplianceTimeLimit> {

    /**
     * Someone else holds the case now (its team and case manager; both null while a transferred-in case waits for its
     * allocation): absences and enforcement observe it and send their open time limits again ({@link #heldBy}). Fired
     * in the unit of work of the authority holding the case now.
     */
    public record HolderChanged(UUID caseId, String team, UUID caseManager) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Event<HolderChanged> holderChanged;

    public TimeLimitEvents() {
        super(ComplianceTimeLimit::new);
    }

    @Override
    protected Holder holderOf(UUID caseId) {
        SupervisedCase holder = entityManager.find(SupervisedCase.class, caseId);
        return new Holder(holder.team, holder.caseManager);
    }

    /** The case has another holder: its open time limits follow it. */
    public void holderChanged(UUID caseId, String team, UUID caseManager) {
        holderChanged.fire(new HolderChanged(caseId, team, caseManager));
    }
}
