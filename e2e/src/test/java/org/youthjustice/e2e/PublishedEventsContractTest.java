package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventType;
import org.youthjustice.events.Topics;

/**
 * The events contract as partners read it in the AsyncAPI document (docs/api/asyncapi.yaml, whose schemas are the
 * JSON Schemas in platform/events): every record the running platform has published on every topic, by this test's
 * own case and by the tests before it, is a valid envelope keyed by its case, of a known type, whose data is valid
 * against that type's schema.
 */
@EndToEnd
@Order(Integer.MAX_VALUE - 3) // after every other flow (before the victim data scan): it reads what they all published
class PublishedEventsContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @Test
    @DisplayName("every event published on every topic validates against the schema the AsyncAPI document gives its type, "
            + "inside the envelope, keyed by its case")
    void everyPublishedEventValidates(RunningPlatform platform) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String caseId = VictimScenarios.sentenced(platform, today, VictimScenarios.child(today, "Contract"), "theft");
        // allocation-service has read order.made and published allocation.requested: events of two services
        VictimScenarios.allocationRequest(platform, caseId);

        JsonSchema envelope = schema("envelope.v1.json");
        Map<String, JsonSchema> byType = new HashMap<>();
        TreeSet<String> seen = new TreeSet<>();
        List<String> invalid = new ArrayList<>();
        for (ConsumerRecord<String, String> record : everyRecord(platform)) {
            JsonNode event = JSON.readTree(record.value());
            String where = record.topic() + "@" + record.partition() + ":" + record.offset() + " " + event.path("type").asText();
            envelope.validate(event).forEach(message -> invalid.add(where + " envelope: " + message.getMessage()));
            EventType type = EventType.byWireName(event.path("type").asText()).orElse(null);
            if (type == null) {
                invalid.add(where + ": a type the catalogue does not know");
                continue;
            }
            if (!type.topic().equals(record.topic())) {
                invalid.add(where + ": published on " + record.topic() + ", documented on " + type.topic());
            }
            if (!event.path("caseId").asText().equals(record.key())) {
                invalid.add(where + ": keyed " + record.key() + ", not by its case " + event.path("caseId").asText());
            }
            byType.computeIfAbsent(type.wireName(), name -> schema(name + ".v" + type.schemaVersion() + ".json"))
                    .validate(event.path("data")).forEach(message -> invalid.add(where + " data: " + message.getMessage()));
            seen.add(type.wireName());
        }
        assertThat(invalid).as("events that break their documented contract").isEmpty();
        assertThat(seen).as("the types published so far").contains("case.opened", "court-outcome.recorded", "order.made",
                "allocation.requested");
    }

    /** Every record on the platform's topics up to their ends now, read from the beginning without a consumer group. */
    private static List<ConsumerRecord<String, String>> everyRecord(RunningPlatform platform) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read them
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.ORDERS, Topics.ALLOCATIONS, Topics.COMPLIANCE, Topics.TRANSFERS, Topics.VICTIMS)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                assertThat(System.nanoTime()).as("read to the topics' ends within 60 s").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static JsonSchema schema(String file) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            return SCHEMAS.getSchema(JSON.readTree(in), STRICT_FORMATS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
