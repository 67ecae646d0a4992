package org.youthjustice.orders.caseplan;

import static org.youthjustice.kernel.tenancy.UnitsOfWork.inRequestContext;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.youthjustice.events.orders.MilestoneOverdue;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Announces each milestone that passes its due date undone as {@code milestone.overdue}, once: the
 * announcement and its mark are written in one transaction (outbox), one authority at a time,
 * claiming rows with SKIP LOCKED so that several instances share the work without announcing twice.
 */
@ApplicationScoped
public class OverdueMilestones {
    private static final Logger LOG = Logger.getLogger(OverdueMilestones.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenantContext;

    @ConfigProperty(name = "yj.milestones.overdue-scan.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    Clock clock;

    @Scheduled(every = "${yj.milestones.overdue-scan.every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not started while the service stops: its database would be closed under it (an ERROR in the log)
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scan() {
        int announced = announceOverdue(clock.instant());
        if (announced > 0) {
            LOG.infof("announced %d overdue milestones", announced);
        }
    }

    /** Announces every milestone overdue at {@code now} and not yet announced; returns how many it announced. */
    public int announceOverdue(Instant now) {
        int announced = 0;
        for (String authority : inRequestContext(() -> authoritiesWithOverdue(now))) {
            // one unit of work per authority: it acts for that authority only
            announced += inRequestContext(() -> {
                tenantContext.actFor(authority);
                int total = 0;
                int batch;
                do {
                    batch = QuarkusTransaction.requiringNew().call(() -> announceBatch(now));
                    total += batch;
                } while (batch == batchSize);
                return total;
            });
        }
        return announced;
    }

    @SuppressWarnings("unchecked")
    private List<String> authoritiesWithOverdue(Instant now) {
        // across authorities: a native query, which the tenancy filter does not narrow
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select distinct authority from milestone
                where closed_at is null and overdue_announced_at is null and due_at < :now""")
                .setParameter("now", now).getResultList());
    }

    private int announceBatch(Instant now) {
        List<Milestone> overdue = entityManager.createQuery("""
                        from Milestone where closedAt is null and overdueAnnouncedAt is null and dueAt < :now
                        order by dueAt""", Milestone.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // another instance's claimed rows are skipped, not waited for
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(batchSize)
                .getResultList();
        for (Milestone milestone : overdue) {
            outbox.record(new MilestoneOverdue(milestone.id, milestone.rule, milestone.dueDate, milestone.responsibleWorker),
                    milestone.caseId);
            milestone.overdueAnnouncedAt = now;
        }
        return overdue.size();
    }
}
