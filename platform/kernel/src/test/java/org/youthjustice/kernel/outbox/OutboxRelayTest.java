package org.youthjustice.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.kernel.RealInfrastructure;
import org.youthjustice.kernel.messaging.MessageRetention;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class OutboxRelayTest {
    private static final int EVENTS_PER_CASE = 300;

    @Inject
    OutboxRelay relay;

    @Inject
    MessageRetention retention;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Scheduler scheduler;

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void oneCasesEventsArePublishedInTheOrderTheyWereRecordedWhileTwoReplicasRelayAtOnce() {
        String topic = "yj.relay-order-test-" + UUID.randomUUID() + ".v1";
        kafka.createTopic(topic, Map.of());
        List<String> cases = IntStream.range(0, 6).mapToObj(i -> UUID.randomUUID().toString()).toList();
        // recorded round-robin over the cases, so every batch holds events of every case
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into platform.outbox_event (id, topic, message_key, type, authority, payload, created_at)
                select gen_random_uuid(), :topic, c.key, 'test.ordered', 'wokingham', c.key || ':' || n, now()
                from (values %s) as c(key) cross join generate_series(1, :events) as n
                order by n, c.key""".formatted(cases.stream().map(c -> "('" + c + "')").collect(Collectors.joining(","))))
                .setParameter("topic", topic)
                .setParameter("events", EVENTS_PER_CASE)
                .executeUpdate());

        // two replicas of the service relay the same outbox at the same time (the scheduled relay runs as well)
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                running.add(CompletableFuture.runAsync(() -> {
                    while (relay.pendingCount() > 0) {
                        relay.sendPending();
                    }
                }, replicas));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).orTimeout(120, java.util.concurrent.TimeUnit.SECONDS).join();
        } finally {
            replicas.shutdownNow();
        }

        List<ConsumerRecord<String, String>> published = kafka.readUntil(topic,
                records -> records.size() >= cases.size() * EVENTS_PER_CASE, Duration.ofSeconds(60));
        Map<String, List<Integer>> sequenceOfCase = new LinkedHashMap<>();
        published.forEach(record -> sequenceOfCase.computeIfAbsent(record.key(), key -> new ArrayList<>())
                .add(Integer.parseInt(record.value().substring(record.value().indexOf(':') + 1))));
        List<Integer> recorded = IntStream.rangeClosed(1, EVENTS_PER_CASE).boxed().toList();
        assertThat(sequenceOfCase).hasSize(cases.size());
        sequenceOfCase.forEach((caseId, sequence) -> assertThat(sequence).as("events of case %s", caseId).isEqualTo(recorded));
    }

    @Test
    void aBatchThatFailsPartWayIsAbortedWholeThenTheEventsBeforeTheFailedOneGoFirstAndItWaitsAlone() {
        // the broker takes records of at most 16 KB on this topic: the third event is bigger, so it fails at the broker
        // after the first two (a producer batch of their own) were written
        String topic = "yj.relay-abort-test-" + UUID.randomUUID() + ".v1";
        kafka.createTopic(topic, Map.of("max.message.bytes", "16384"));
        String caseId = UUID.randomUUID().toString();
        List<String> payloads = List.of("1:" + "a".repeat(5_000), "2:" + "b".repeat(5_000), "3:" + "c".repeat(20_000), "4:d");
        scheduler.pause("outbox-relay");
        try {
            QuarkusTransaction.requiringNew().run(() -> payloads.forEach(payload -> entityManager.createNativeQuery("""
                    insert into platform.outbox_event (id, topic, message_key, type, authority, payload, created_at)
                    values (gen_random_uuid(), :topic, :key, 'test.ordered', 'wokingham', :payload, now())""")
                    .setParameter("topic", topic).setParameter("key", caseId).setParameter("payload", payload)
                    .executeUpdate()));

            // rounds until one has tried the batch (a back-off left by an earlier test may skip the first)
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                relay.sendPending();
                return outboxRows(topic).get(2)[2] != null;
            });

            // none of the batch is marked sent, and the event Kafka refused carries the reason
            List<Object[]> rows = outboxRows(topic);
            assertThat(rows).extracting(row -> row[1]).containsOnlyNulls();
            assertThat((String) rows.get(2)[2]).contains("RecordTooLarge");
            assertThat(rows.get(0)[2]).isNull();
            // the first two reached the broker, inside the transaction that was then aborted
            assertThat(values(kafka.readEverythingWrittenUntil(topic, records -> records.size() >= 2, Duration.ofSeconds(30))))
                    .startsWith("1", "2");

            // the next rounds send the events before the refused one, and try it alone; the one after it waits
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                relay.sendPending();
                return outboxRows(topic).get(1)[1] != null && ((Number) attempts(topic).get(2)).intValue() >= 2;
            });
            assertThat(outboxRows(topic)).extracting(row -> row[1] != null).containsExactly(true, true, false, false);
            // the platform's consumers (read_committed) see them once: the aborted copies before them, never
            assertThat(values(kafka.readUntil(topic, records -> records.size() >= 2, Duration.ofSeconds(30)))).containsExactly("1", "2");

            // the event made small enough (an operator's repair), the rest follow once, in order
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update platform.outbox_event set payload = '3:c' where topic = :topic and payload like '3:%'")
                    .setParameter("topic", topic).executeUpdate());
            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                relay.sendPending(); // after the failure's back-off has passed
                return outboxRows(topic).stream().allMatch(row -> row[1] != null);
            });
            assertThat(values(kafka.readUntil(topic, records -> records.size() >= 4, Duration.ofSeconds(30))))
                    .as("what the platform's consumers (read_committed) see").containsExactly("1", "2", "3", "4");
            assertThat(values(kafka.readEverythingWrittenUntil(topic, records -> records.size() >= 6, Duration.ofSeconds(30))))
                    .as("the aborted copies are on the log too").startsWith("1", "2").endsWith("1", "2", "3", "4");
        } finally {
            scheduler.resume("outbox-relay");
        }
    }

    /** The topic's outbox rows' attempts, in order. */
    private List<Object> attempts(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> attempts = entityManager.createNativeQuery(
                    "select attempts from platform.outbox_event where topic = :topic order by position")
                    .setParameter("topic", topic).getResultList();
            return attempts;
        });
    }

    /** The topic's outbox rows in order: payload, sent_at, last_error. */
    private List<Object[]> outboxRows(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "select payload, sent_at, last_error from platform.outbox_event where topic = :topic order by position")
                    .setParameter("topic", topic).getResultList();
            return rows;
        });
    }

    /** Each record's event number (what comes before the colon of its payload). */
    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> record.value().substring(0, record.value().indexOf(':'))).toList();
    }

    @Test
    void anEventIsSentWhenItsTransactionCommitsWithoutWaitingForThePoll() {
        UUID caseId = UUID.randomUUID();
        scheduler.pause("outbox-relay"); // no poll: only the wake-up on commit can send the event
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(
                    new CaseOpened(caseId, "REF-WAKE", "female", false, "east"), caseId, "wokingham"));

            List<ConsumerRecord<String, String>> published = kafka.readUntil(Topics.ORDERS,
                    records -> records.stream().anyMatch(r -> r.key().equals(caseId.toString())), Duration.ofSeconds(30));
            assertThat(published).anyMatch(r -> r.key().equals(caseId.toString()));
            assertThat(scheduler.isPaused("outbox-relay")).isTrue();
        } finally {
            scheduler.resume("outbox-relay");
        }
    }

    @Test
    void anEventTheBrokerDoesNotAcknowledgeWaitsWithItsAttemptsAndErrorThenIsSentOnce() {
        UUID caseId = UUID.randomUUID();
        kafka.stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.record(
                    new CaseOpened(caseId, "REF-AWAY", "female", false, "east"), caseId, "wokingham"));

            await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> row(caseId).get("last_error") != null);
            Map<String, Object> waiting = row(caseId);
            assertThat(waiting.get("sent_at")).isNull();
            assertThat(((Number) waiting.get("attempts")).intValue()).isPositive();
        } finally {
            kafka.start();
        }
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> row(caseId).get("sent_at") != null);
        List<ConsumerRecord<String, String>> published = kafka.readUntil(Topics.ORDERS,
                records -> records.stream().anyMatch(r -> r.key().equals(caseId.toString())), Duration.ofSeconds(30));
        assertThat(published).filteredOn(r -> r.key().equals(caseId.toString())).hasSize(1);
    }

    /** The case's outbox row: sent_at, attempts, last_error. */
    private Map<String, Object> row(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "select sent_at, attempts, last_error from platform.outbox_event where message_key = cast(:id as varchar)")
                    .setParameter("id", caseId).getSingleResult();
            Map<String, Object> columns = new java.util.HashMap<>();
            columns.put("sent_at", row[0]);
            columns.put("attempts", row[1]);
            columns.put("last_error", row[2]);
            return columns;
        });
    }

    @Test
    void aTransactionThatRollsBackWakesNothingAndSendsNothing() {
        UUID caseId = UUID.randomUUID();
        scheduler.pause("outbox-relay");
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.record(new CaseOpened(caseId, "REF-ROLLBACK", "female", false, "east"), caseId, "wokingham");
                throw new IllegalStateException("the state change failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(exists("select count(*) from platform.outbox_event where message_key = cast(:id as varchar)", caseId)).isFalse();
        } finally {
            scheduler.resume("outbox-relay");
        }
    }

    @Test
    void sentEventsAndProcessedEventRecordsArePrunedByAgeButAnUnsentEventNever() {
        Instant now = TestClock.now();
        UUID sentLongAgo = outboxRow(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID sentYesterday = outboxRow(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
        // waiting since long ago (Kafka away): it is the one copy of that event, so it stays until it is sent
        UUID neverSent = outboxRow(now.minus(Duration.ofDays(40)), null);
        UUID processedLongAgo = processedEvent(now.minus(Duration.ofDays(31)));
        UUID processedLastWeek = processedEvent(now.minus(Duration.ofDays(7)));

        MessageRetention.Pruned pruned = retention.prune();

        assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(1);
        assertThat(pruned.processedEvents()).isGreaterThanOrEqualTo(1);
        assertThat(outboxRowExists(sentLongAgo)).isFalse();
        assertThat(outboxRowExists(sentYesterday)).isTrue();
        assertThat(outboxRowExists(neverSent)).isTrue();
        assertThat(processedEventExists(processedLongAgo)).isFalse();
        assertThat(processedEventExists(processedLastWeek)).isTrue();
    }

    private UUID outboxRow(Instant created, Instant sent) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into platform.outbox_event (id, topic, message_key, type, authority, payload, created_at, sent_at)
                values (:id, 'yj.retention-test.v1', :id, 'test.retention', 'wokingham', '{}', :created, :sent)""")
                .setParameter("id", id)
                .setParameter("created", created)
                .setParameter("sent", sent)
                .executeUpdate());
        return id;
    }

    private UUID processedEvent(Instant processed) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into platform.processed_event (consumer, event_id, event_type, authority, processed_at)
                values ('retention-test', :id, 'test.retention', 'wokingham', :processed)""")
                .setParameter("id", id)
                .setParameter("processed", processed)
                .executeUpdate());
        return id;
    }

    private boolean outboxRowExists(UUID id) {
        return exists("select count(*) from platform.outbox_event where id = :id", id);
    }

    private boolean processedEventExists(UUID id) {
        return exists("select count(*) from platform.processed_event where event_id = :id", id);
    }

    private boolean exists(String query, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(query)
                .setParameter("id", id).getSingleResult()).longValue() > 0);
    }
}
