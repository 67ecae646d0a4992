package org.youthjustice.kernel.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.kernel.database.DatabaseFailures;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.MalformedEventException;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Applies each event once per consumer, whatever Kafka redelivers: the event id is recorded in the
 * same transaction as the effect, so a duplicate finds it and changes nothing, and a failed effect
 * leaves no record and is tried again. The effect runs acting for the event's authority.
 *
 * <p>A consumer calls {@link #process} from its {@code @Incoming} method. A transient failure is
 * retried {@code yj.inbox.attempts} times with a growing pause; after that, or at once for a message
 * that is not a readable event, the exception goes back to the messaging layer, whose dead-letter
 * strategy sends the message, with the reason, to {@code <topic>.<group>.dlq}. A {@link RefusedEventException}
 * (an event the consumer will never apply) goes there at once.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_OUTAGE_PAUSE = Duration.ofSeconds(5);

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "yj.inbox.attempts", defaultValue = "3")
    int attempts;

    @ConfigProperty(name = "yj.inbox.first-retry-pause", defaultValue = "200ms")
    Duration firstRetryPause;

    /**
     * Reads {@code message} as an event and applies {@code effect} to it once for {@code consumer}.
     *
     * @return true if the effect was applied now, false if the event had been processed already
     */
    @ActivateRequestContext
    public boolean process(String consumer, String message, Consumer<EventEnvelope> effect) {
        EventEnvelope event;
        try {
            event = EventJson.read(message);
        } catch (MalformedEventException e) {
            // not an event at all: to the dead-letter topic at once, with the reason
            count("yj.inbox.dead.lettered", consumer, "reason", "malformed");
            throw e;
        }
        tenantContext.actFor(event.authority());
        RuntimeException last = null;
        Duration pause = firstRetryPause;
        Duration outagePause = firstRetryPause;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
            } catch (MalformedEventException e) {
                // its data cannot be read: retrying changes nothing
                count("yj.inbox.dead.lettered", consumer, "reason", "malformed");
                throw e;
            } catch (RefusedEventException e) {
                // not transient: retrying changes nothing, so straight to the dead-letter topic with the reason
                count("yj.inbox.dead.lettered", consumer, "reason", "refused");
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseFailures.unreachable(e)) {
                    // nothing is wrong with the event: wait for the database, however long, without using up an attempt
                    LOG.warnf("%s: event %s waits, the database cannot be reached: %s", consumer, event.id(), e.toString());
                    count("yj.inbox.retries", consumer);
                    pauseBeforeRetry(outagePause);
                    outagePause = min(outagePause.multipliedBy(2), MAX_OUTAGE_PAUSE);
                    attempt--;
                    continue;
                }
                last = e;
                LOG.warnf("%s: event %s (%s) failed on attempt %d of %d: %s",
                        consumer, event.id(), event.type(), attempt, attempts, e.toString());
                if (attempt < attempts) {
                    count("yj.inbox.retries", consumer);
                    pauseBeforeRetry(pause);
                    pause = pause.multipliedBy(2);
                }
            }
        }
        count("yj.inbox.dead.lettered", consumer, "reason", "failed");
        throw last;
    }

    /**
     * The messaging's counters, by consumer: {@code yj.inbox.duplicates} (a redelivered event absorbed),
     * {@code yj.inbox.retries} (a transient failure tried again), {@code yj.inbox.dead.lettered} (handed to the
     * dead-letter topic, by reason: malformed, refused, failed). Operators alert on dead letters; lag comes from
     * the Kafka consumers' own metrics.
     */
    private void count(String name, String consumer, String... tags) {
        meters.counter(name, io.micrometer.core.instrument.Tags.of("consumer", consumer).and(tags)).increment();
    }

    private boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        int recorded = entityManager.createNativeQuery("""
                insert into platform.processed_event (consumer, event_id, event_type, authority, processed_at)
                values (:consumer, :id, :type, :authority, :now)
                on conflict (consumer, event_id) do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("authority", event.authority())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (recorded == 0) {
            count("yj.inbox.duplicates", consumer);
            LOG.debugf("%s: event %s already processed; skipped", consumer, event.id());
            return false;
        }
        effect.accept(event);
        return true;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pauseBeforeRetry(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between retries", e);
        }
    }
}
