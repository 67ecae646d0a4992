package org.youthjustice.benchmarks;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * P4: how fast events go from one service's outbox through Kafka into another service's idempotent inbox, against a
 * raw kafka-clients producer writing the same records in the same run. {@code events} {@code case.opened} events
 * for new Wokingham cases are written straight into order-service's outbox in one transaction (as if that many cases
 * had opened at once); order-service's relay sends them (its poll finds them: no request woke it) and allocation-
 * service's consumer applies each once (a child's case created, the event id recorded with it). The clock runs from
 * the first event the relay marks sent to the last one allocation-service has recorded as processed. The baseline
 * sends the same keys and payloads with the relay's producer settings (idempotent, acks=all, linger 5 ms) but no
 * transaction (the relay commits one per batch of 500) to a topic of its own, from the first send to the last
 * acknowledgement.
 */
final class OutboxThroughput {
    // coarse enough that counting 5,000 ids does not itself take a core from the services measured (1 % of a ~10 s figure)
    private static final long POLL_MILLIS = 100;
    private static final String RAW_TOPIC = "bench.raw-producer";
    private final LocalPlatform platform;
    private final Settings settings;
    private final Size size;

    OutboxThroughput(LocalPlatform platform, Settings settings, Size size) {
        this.platform = platform;
        this.settings = settings;
        this.size = size;
    }

    private record Event(UUID id, String key, String payload) {
    }

    List<Figure> measure() throws Exception {
        int count = size.full() ? 5_000 : 200;
        double baseline = rawProducer(events(count));
        CompilerTime.WarmUp warmUp = warmUp(count);
        Rates rates = relayed(events(count));
        String note = String.format(java.util.Locale.ROOT, "%d case.opened events written at once into order-service's outbox, after "
                + "%d untimed rounds of as many, until the compilers of the relay's and the consumers' services used under %s core "
                + "in one%s; the relay alone sent them at %.0f events/s; one broker, the consumers of compliance-, transfer- and "
                + "victim-service applying every event too (reporting-service reading and passing over them), on the same 2 cores", count, warmUp.rounds(), CompilerTime.SETTLED,
                warmUp.stillCompiling(), rates.relay());
        double relayed = rates.whole();
        return List.of(new Figure("P4", "outbox relay → Kafka → idempotent consumer (allocation-service), events/s", relayed,
                "events/s", baseline, "raw kafka-clients producer, same records, sent and acknowledged", "≥ 50 % of the raw producer", note));
    }

    private static List<Event> events(int count) {
        List<Event> events = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            UUID caseId = UUID.randomUUID();
            EventEnvelope envelope = EventEnvelope.wrap(new CaseOpened(caseId, "P4-" + caseId.toString().substring(0, 8), "female",
                    false, "west"), "order-service", now, "wokingham", caseId);
            events.add(new Event(envelope.id(), caseId.toString(), EventJson.write(envelope)));
        }
        return events;
    }

    /** The raw producer's rate: events/s from the first send to the last acknowledgement. */
    private double rawProducer(List<Event> events) throws Exception {
        Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        try (Admin kafka = Admin.create(admin)) {
            int partitions = kafka.describeTopics(List.of(Topics.ORDERS)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.ORDERS).partitions().size();
            kafka.createTopics(List.of(new NewTopic(RAW_TOPIC, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            // one record first: the producer's connection and metadata are not the figure
            producer.send(new ProducerRecord<>(RAW_TOPIC, "warm-up", "{}")).get(30, TimeUnit.SECONDS);
            long begun = System.nanoTime();
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(events.size());
            for (Event event : events) {
                acknowledgements.add(producer.send(new ProducerRecord<>(RAW_TOPIC, event.key(), event.payload())));
            }
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(60, TimeUnit.SECONDS);
            }
            return events.size() / ((System.nanoTime() - begun) / 1e9);
        }
    }

    /** Events/s: the whole way's and the relay's own (from the first event it sent to the last). */
    private record Rates(double whole, double relay) {
    }

    /**
     * Untimed rounds the same way until the JIT compilers of the services on the way used under {@link CompilerTime#SETTLED} core
     * in one; at most 10 (1 at smoke size). One round of 1,000 events was the warm-up until 2026-12-02, when on a slow
     * day allocation-service, on a freshly started local platform, applied 41, 103, 175, 202 and 244 events/s in successive
     * bursts of 5,000 and 220-290 from the sixth on: a figure after 1,000 was the compilers' more than the consumers'.
     */
    private CompilerTime.WarmUp warmUp(int count) throws Exception {
        return CompilerTime.warmUp(platform, CompilerTime.EVENT_FLOW, size.full() ? 10 : 1, "P4", round -> () -> {
            List<Event> events = events(count);
            Rates rates = relayed(events);
            // every consumer done with the round, so that none carries a backlog into the next round or the figure
            appliedByTheOtherConsumers(events);
            return String.format(java.util.Locale.ROOT, "%.0f events/s the whole way", rates.whole());
        });
    }

    /** The whole way's rate, from the first event the relay sent to the last allocation-service applied: events/s. */
    private Rates relayed(List<Event> events) throws SQLException {
        UUID[] ids = events.stream().map(Event::id).toArray(UUID[]::new);
        try (Connection orders = database("order_service"); Connection allocations = database("allocation_service")) {
            orders.setAutoCommit(false);
            try (PreparedStatement insert = orders.prepareStatement("insert into platform.outbox_event "
                    + "(id, topic, message_key, type, authority, payload) values (?, ?, ?, ?, 'wokingham', ?)")) {
                for (Event event : events) {
                    insert.setObject(1, event.id());
                    insert.setString(2, Topics.ORDERS);
                    insert.setString(3, event.key());
                    insert.setString(4, EventType.of(CaseOpened.class).wireName());
                    insert.setString(5, event.payload());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            orders.commit();
            orders.setAutoCommit(true);

            // timed from the first event the relay sent (its poll, at most a second away, is not the figure)
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(POLL_MILLIS)).pollInSameThread()
                    .until(() -> count(orders, "select count(*) from platform.outbox_event where sent_at is not null and id = any(?)", ids) > 0);
            long firstSent = System.nanoTime();
            long[] lastSent = {0};
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(POLL_MILLIS)).pollInSameThread()
                    .alias("every event processed by allocation-service")
                    .until(() -> {
                        if (lastSent[0] == 0 && count(orders, "select count(*) from platform.outbox_event where sent_at is null and id = any(?)", ids) == 0) {
                            lastSent[0] = System.nanoTime();
                        }
                        return count(allocations, "select count(*) from platform.processed_event where event_id = any(?)", ids) == ids.length;
                    });
            long done = System.nanoTime();
            return new Rates(ids.length / ((done - firstSent) / 1e9), ids.length / (((lastSent[0] == 0 ? done : lastSent[0]) - firstSent) / 1e9));
        }
    }

    /** Waits until compliance-, transfer- and victim-service have applied {@code events} too. */
    private void appliedByTheOtherConsumers(List<Event> events) throws SQLException {
        UUID[] ids = events.stream().map(Event::id).toArray(UUID[]::new);
        for (String service : List.of("compliance_service", "transfer_service", "victim_service")) {
            try (Connection db = database(service)) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(POLL_MILLIS)).pollInSameThread()
                        .alias("every event processed by " + service)
                        .until(() -> count(db, "select count(*) from platform.processed_event where event_id = any(?)", ids) == ids.length);
            }
        }
    }

    private static long count(Connection db, String query, UUID[] ids) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            statement.setArray(1, db.createArrayOf("uuid", ids));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection database(String name) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(name), LocalPlatform.DB_USERNAME, LocalPlatform.DB_PASSWORD);
    }
}
