package org.youthjustice.kernel.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the inbox from growing forever. An outbox row Kafka acknowledged is kept for
 * {@code yj.outbox.retention} (to trace what was sent when), then deleted; an unsent row is never
 * deleted. A processed-event record is kept for {@code yj.inbox.retention}: it is what makes a
 * redelivered event change nothing, so it must outlive every way the same event can come again — the
 * topics' own retention (7 days) and a re-publication by hand from a dead-letter topic — hence 30 days
 * by default; shorten it only together with the topics' retention.
 *
 * <p>Deletes run in bounded batches, each its own transaction, so pruning never holds long locks
 * beside the relay and the consumers. Ages are read from the platform clock.
 */
@ApplicationScoped
public class MessageRetention {
    private static final Logger LOG = Logger.getLogger(MessageRetention.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "yj.outbox.retention", defaultValue = "7d")
    Duration outboxRetention;

    @ConfigProperty(name = "yj.inbox.retention", defaultValue = "30d")
    Duration inboxRetention;

    @ConfigProperty(name = "yj.messaging.prune-batch", defaultValue = "5000")
    int batch;

    @Scheduled(identity = "message-retention", every = "${yj.messaging.prune-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not started while the service stops: its database would be closed under it (an ERROR in the log)
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        prune();
    }

    /** Deletes what is past its retention; returns how many outbox and inbox rows went. */
    @ActivateRequestContext
    public Pruned prune() {
        Instant now = clock.instant();
        long outbox = deleteInBatches("""
                delete from platform.outbox_event where position in (
                    select position from platform.outbox_event
                    where sent_at is not null and sent_at < :cutoff limit :batch)""", now.minus(outboxRetention));
        long inbox = deleteInBatches("""
                delete from platform.processed_event where (consumer, event_id) in (
                    select consumer, event_id from platform.processed_event
                    where processed_at < :cutoff limit :batch)""", now.minus(inboxRetention));
        if (outbox + inbox > 0) {
            LOG.infof("message retention: %d sent outbox rows older than %s and %d processed-event records older than %s deleted",
                    outbox, outboxRetention, inbox, inboxRetention);
        }
        return new Pruned(outbox, inbox);
    }

    private long deleteInBatches(String statement, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(statement)
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", batch)
                    .executeUpdate());
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    /** What one pruning deleted. */
    public record Pruned(long outboxRows, long processedEvents) {
    }
}
