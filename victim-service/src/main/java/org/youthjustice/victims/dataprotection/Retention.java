package org.youthjustice.victims.dataprotection;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.victims.cases.VictimCase;
import org.youthjustice.victims.contact.ContactAttempt;
import org.youthjustice.victims.contact.ContactLog;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.contact.VictimTask;
import org.youthjustice.victims.personaldata.PersonalDataAccess;
import org.youthjustice.victims.restorative.RestorativeWork;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimSeal;

/**
 * VIC-10: erases the personal data of victims whose case and restorative work closed longer ago than the authority's
 * retention period (policy key {@code VIC-10}). The erasure is audited and leaves the pseudonymous reference with the
 * facts statistics count (consent, tasks and their timeliness, restorative options), so figures stay whole.
 */
@ApplicationScoped
public class Retention {
    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    EntityManager entityManager;

    @Inject
    PerAuthority perAuthority;

    @Inject
    ContactTasks tasks;

    @Inject
    ContactLog contactLog;

    @Inject
    VictimSeal seal;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    PolicyCatalogue policies;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Scheduled(every = "${yj.victims.retention.every:6h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not started while the service stops: its database would be closed under it (an ERROR in the log)
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int erased = eraseDue();
        if (erased > 0) {
            LOG.infof("erased the personal data of %d victims after their retention period (VIC-10)", erased);
        }
    }

    /** Erases every victim past retention now, authority by authority; how many. */
    public int eraseDue() {
        return perAuthority.run(this::eraseDueInAuthority);
    }

    private int eraseDueInAuthority() {
        Instant now = clock.instant();
        List<Object[]> candidates = entityManager.createQuery("""
                        select v, c from Victim v, VictimCase c where c.caseId = v.caseId and v.erasedAt is null
                        and c.closedOn is not null""", Object[].class).getResultList();
        int erased = 0;
        for (Object[] row : candidates) {
            Victim victim = (Victim) row[0];
            Optional<Deadline> until = retainedUntil(victim, (VictimCase) row[1]);
            if (until.isPresent() && until.get().dueAt().isBefore(now)) {
                erase(victim, until.get(), now);
                erased++;
            }
        }
        return erased;
    }

    /** Until when the victim's personal data is kept, once the case and the restorative work closed. */
    Optional<Deadline> retainedUntil(Victim victim, VictimCase victimCase) {
        List<VictimTask> victimTasks = tasks.of(victim.id);
        boolean open = victimTasks.stream().anyMatch(t -> t.status == VictimTask.Status.OPEN);
        LocalDate lastClosed = victimTasks.stream().map(t -> t.closedAt).filter(at -> at != null).max(Instant::compareTo)
                .map(Moments::ukDate).orElse(null);
        return RetentionRules.closedOn(victimCase.closedOn, open, RestorativeWork.takingPart(victim), victim.restorativeConcludedOn,
                        lastClosed)
                .map(closedOn -> deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), RetentionRules.RULE,
                        closedOn.atStartOfDay(Moments.UK).toInstant()));
    }

    private void erase(Victim victim, Deadline until, Instant now) {
        seal.erase(victim);
        victim.erasedAt = now;
        for (ContactAttempt attempt : contactLog.of(victim.id)) {
            contactLog.erase(attempt);
        }
        audit.record("victim.erased", PersonalDataAccess.RECORD_TYPE, victim.id, "retention period of " + until.limit()
                + " after the case and its restorative work closed on " + Moments.ukDate(until.triggeredAt()) + " ended on "
                + until.dueDate() + " (VIC-10, policy " + until.policyVersion() + ")");
    }
}
