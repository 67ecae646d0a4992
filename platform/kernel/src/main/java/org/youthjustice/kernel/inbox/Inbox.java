package org.youthjustice.kernel.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.events.MalformedEventException;
import org.youthjustice.kernel.database.DatabaseFailures;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.kernel.tenancy.UnitsOfWork;

/**
 * Applies each event once per consumer, whatever Kafka redelivers: the event id is recorded in the
 * same transaction as the effect, so a duplicate finds it and changes nothing, and a failed effect
 * leaves no record and is tried again. The effect runs acting for the event's authority.
 *
 * <p>A consumer's {@code @Incoming} method takes what one poll of Kafka brought ({@code batch=true} on the channel)
 * and hands it to {@link #process(String, KafkaRecordBatch, Consumer)}: the events of one authority are applied in one
 * transaction, so a backlog costs a commit per batch rather than per event (P4). When that transaction fails, each of
 * its events is applied alone, and only the ones that fail alone go to the dead-letter topic.
 *
 * <p>An event applied alone ({@link #process(String, String, Consumer)}): a transient failure is
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
     * Applies what one poll brought, each event of the {@code applied} types once (see {@link #applyAll}), then
     * acknowledges the batch. A message that cannot be applied (not an event, refused, or failing after its retries) is
     * handed to the channel's dead-letter strategy alone, and the batch is acknowledged only once the dead-letter topic
     * has it, so no message is lost in between.
     */
    public CompletionStage<Void> process(String consumer, KafkaRecordBatch<String, String> batch, Set<EventType> applied,
            Consumer<EventEnvelope> effect) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<RuntimeException> failures =
                applyAll(consumer, records.stream().map(KafkaRecord::getPayload).toList(), applied, effect);
        List<java.util.concurrent.CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (failures.get(i) != null) {
                deadLettered.add(records.get(i).nack(failures.get(i)).toCompletableFuture());
            }
        }
        // every failed message handed over before the batch's offsets move past them; should the dead-letter topic
        // refuse one, the batch fails and the channel's failure strategy has the last word
        return java.util.concurrent.CompletableFuture.allOf(deadLettered.toArray(java.util.concurrent.CompletableFuture[]::new))
                .thenCompose(handedOver -> batch.ack());
    }

    /**
     * Applies each of {@code messages} of the {@code applied} types once for {@code consumer}, in order for each case:
     * the events of one authority in one transaction ({@link InboxBatches}), and, should that transaction fail, each of
     * them alone with its retries.
     *
     * <p>An event of another type is passed over with no inbox record and no transaction: applying it would change
     * nothing, so applying it again cannot either. Most events of a topic are not a given consumer's business (five
     * of a court outcome's eight on the orders topic are milestones, which only reporting-service reads), and each
     * recorded one cost a row and its index entries in every consuming service.
     *
     * @return for each message, in the same order, the reason it must go to the dead-letter topic, or null
     */
    public List<RuntimeException> applyAll(String consumer, List<String> messages, Set<EventType> applied,
            Consumer<EventEnvelope> effect) {
        RuntimeException[] failures = new RuntimeException[messages.size()];
        List<InboxBatches.Delivery> deliveries = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            try {
                EventEnvelope event = EventJson.read(messages.get(i));
                if (EventType.byWireName(event.type()).filter(applied::contains).isPresent()) {
                    deliveries.add(new InboxBatches.Delivery(i, event));
                }
            } catch (MalformedEventException e) {
                count("yj.inbox.dead.lettered", consumer, "reason", "malformed");
                failures[i] = e;
            }
        }
        for (List<InboxBatches.Delivery> group : InboxBatches.inTransactions(deliveries)) {
            if (group.size() > 1 && appliedTogether(consumer, group, effect)) {
                continue;
            }
            for (InboxBatches.Delivery delivery : group) {
                try {
                    UnitsOfWork.inRequestContext(() -> applyWithRetries(consumer, delivery.event(), effect));
                } catch (RuntimeException e) {
                    failures[delivery.index()] = e;
                }
            }
        }
        return Arrays.asList(failures);
    }

    /**
     * One authority's events of a batch in one transaction; false (and nothing applied) if any of them failed, and
     * then each is applied alone. Their inbox records are written in one statement, which says which events are new;
     * only those are applied. Each event starts from an empty persistence context, as it would alone, so that no
     * effect reads another's entities as they were before a native statement changed them.
     */
    private boolean appliedTogether(String consumer, List<InboxBatches.Delivery> group, Consumer<EventEnvelope> effect) {
        try {
            int duplicates = UnitsOfWork.inRequestContext(() -> {
                tenantContext.actFor(group.get(0).event().authority());
                return QuarkusTransaction.requiringNew().call(() -> {
                    Set<UUID> fresh = recordProcessed(consumer, group.stream().map(InboxBatches.Delivery::event).toList());
                    int skipped = 0;
                    for (InboxBatches.Delivery delivery : group) {
                        // an event processed before, or twice in this batch, is applied once
                        if (!fresh.remove(delivery.event().id())) {
                            skipped++;
                            continue;
                        }
                        effect.accept(delivery.event());
                        entityManager.flush();
                        entityManager.clear();
                    }
                    if (!fresh.isEmpty()) {
                        // recorded as processed but not among the group's events: never commit that (each alone instead)
                        throw new IllegalStateException("the inbox recorded events not in its batch: " + fresh);
                    }
                    return skipped;
                });
            });
            count("yj.inbox.duplicates", consumer, duplicates);
            meters.summary("yj.inbox.batch.events", "consumer", consumer).record(group.size());
            return true;
        } catch (RuntimeException e) {
            LOG.infof("%s: a batch of %d events failed together (%s); each is applied alone", consumer, group.size(), e.toString());
            return false;
        }
    }

    /**
     * Records one authority's events (one event applied alone, or a poll's group) as processed by {@code consumer} in
     * one statement, one round trip however many; returns the ids it recorded now, not those recorded before.
     */
    private Set<UUID> recordProcessed(String consumer, List<EventEnvelope> events) {
        // one statement whatever the group's size (arrays, not a parameter per event): one plan for the caches to keep
        @SuppressWarnings("unchecked")
        List<UUID> recorded = entityManager.createNativeQuery("""
                insert into platform.processed_event (consumer, event_id, event_type, authority, processed_at)
                select :consumer, delivered.id, delivered.type, :authority, :now
                from unnest(cast(:ids as uuid[]), cast(:types as text[])) as delivered(id, type)
                on conflict (consumer, event_id) do nothing
                returning event_id""", UUID.class)
                .setParameter("consumer", consumer)
                .setParameter("ids", events.stream().map(EventEnvelope::id).toArray(UUID[]::new))
                .setParameter("types", events.stream().map(EventEnvelope::type).toArray(String[]::new))
                .setParameter("authority", events.get(0).authority()) // a group is one authority's
                .setParameter("now", clock.instant())
                .getResultList();
        return new java.util.HashSet<>(recorded);
    }

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
        return applyWithRetries(consumer, event, effect);
    }

    /** Applies one event alone, in a request context acting for its authority, with retries (see the class). */
    private boolean applyWithRetries(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        tenantContext.actFor(event.authority());
        RuntimeException last = null;
        Duration pause = firstRetryPause;
        Duration outagePause = firstRetryPause;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
                if (!applied) {
                    count("yj.inbox.duplicates", consumer);
                }
                return applied;
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
        count(name, consumer, 1, tags);
    }

    private void count(String name, String consumer, int times, String... tags) {
        if (times > 0) {
            meters.counter(name, io.micrometer.core.instrument.Tags.of("consumer", consumer).and(tags)).increment(times);
        }
    }

    private boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        if (recordProcessed(consumer, List.of(event)).isEmpty()) {
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
