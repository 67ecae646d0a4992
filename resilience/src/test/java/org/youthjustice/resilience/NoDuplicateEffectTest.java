package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.KafkaTopics;
import org.youthjustice.e2e.RunningPlatform;

/** R2: the same events delivered again — by hand, or because a consumer died before committing — change nothing. */
@EndToEnd
@Order(1_073_741_863)
class NoDuplicateEffectTest {
    private static final String ORDERS = "yj.orders.v1";
    private static final List<String> CONSUMERS = List.of("allocation-service", "compliance-service");

    @Test
    @DisplayName("R2 no duplicate effects: every order event re-published by hand is absorbed by each consumer's inbox")
    void eventsPublishedAgainByHandChangeNothing(RunningPlatform platform) throws Exception {
        List<UUID> cases = new CourtOutcomeLoad(platform).send(Soak.scaled(40, 400), 20, Duration.ofMinutes(5)).accepted();
        awaitComplete(platform, cases);
        Map<String, Double> duplicatesBefore = duplicates(platform);

        List<ConsumerRecord<byte[], byte[]>> events;
        try (KafkaTopics kafka = new KafkaTopics(platform)) {
            Set<String> keys = cases.stream().map(UUID::toString).collect(Collectors.toSet());
            events = kafka.records(ORDERS).stream()
                    .filter(record -> keys.contains(new String(record.key(), StandardCharsets.UTF_8))).toList();
            try (KafkaProducer<byte[], byte[]> producer = producer(platform)) {
                for (ConsumerRecord<byte[], byte[]> event : events) {
                    producer.send(new ProducerRecord<>(event.topic(), null, event.key(), event.value(), event.headers()));
                }
                producer.flush();
            }
            // every consumer has read past what was published again
            for (String group : CONSUMERS) {
                kafka.awaitConsumedToEnd(group, ORDERS);
            }
        }

        Effects effects = Effects.of(platform, cases);
        Map<String, Double> absorbed = new java.util.LinkedHashMap<>();
        duplicates(platform).forEach((service, total) -> absorbed.put(service, total - duplicatesBefore.get(service)));
        System.out.printf("%nR2 no duplicate effects (published again): %d events of %d cases published a second time;"
                + " absorbed as duplicates %s; effects: %d allocation requests, %d supervised orders for %d cases%n",
                events.size(), cases.size(), absorbed, effects.allocationRequests(), effects.supervisedOrders(), cases.size());
        assertThat(effects.completeAndOnce(cases.size())).as("effects %s", effects).isTrue();
        // each consumer saw the order events of these cases again and applied none of them
        absorbed.values().forEach(count -> assertThat(count).isGreaterThanOrEqualTo(cases.size()));
    }

    @Test
    @DisplayName("R2 no duplicate effects: a consumer killed before committing its offsets gets the events again and applies each once")
    void aConsumerKilledBeforeCommittingAppliesEachEventOnce(RunningPlatform platform) {
        AtomicReference<String> report = new AtomicReference<>("");
        CourtOutcomeLoad load = new CourtOutcomeLoad(platform);
        load.send(Soak.scaled(200, 2_000), 40, Duration.ofMinutes(5), () -> {
            // compliance-service dies as soon as it has applied some of these events: it has not committed their offsets
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Effects.of(platform, load.accepted()).supervisedOrders() > 0);
            long applied = Effects.of(platform, load.accepted()).supervisedOrders();
            platform.kill("compliance-service");
            platform.startAgain("compliance-service");
            report.set("compliance-service killed after applying " + applied + " and started again");
        });
        List<UUID> cases = load.accepted();

        awaitComplete(platform, cases);

        Effects effects = Effects.of(platform, cases);
        double redelivered = ServiceMetrics.sum(platform.services().get("compliance-service"), "yj_inbox_duplicates_total", "");
        System.out.printf("%nR2 no duplicate effects (consumer killed): %s; %d cases -> %d supervised orders;"
                + " %.0f redelivered events absorbed since the restart%n", report.get(), cases.size(), effects.supervisedOrders(), redelivered);
        assertThat(report.get()).startsWith("compliance-service killed");
        assertThat(effects.completeAndOnce(cases.size())).as("effects %s", effects).isTrue();
    }

    private static void awaitComplete(RunningPlatform platform, List<UUID> cases) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Effects.of(platform, cases).completeAndOnce(cases.size()));
    }

    private static Map<String, Double> duplicates(RunningPlatform platform) {
        Map<String, Double> duplicates = new java.util.LinkedHashMap<>();
        CONSUMERS.forEach(service -> duplicates.put(service,
                ServiceMetrics.sum(platform.services().get(service), "yj_inbox_duplicates_total", "")));
        return duplicates;
    }

    private static KafkaProducer<byte[], byte[]> producer(RunningPlatform platform) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", platform.kafkaBootstrapServers());
        properties.put("acks", "all");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
