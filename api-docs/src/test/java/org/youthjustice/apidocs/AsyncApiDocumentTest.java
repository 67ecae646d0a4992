package org.youthjustice.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventType;

/**
 * The AsyncAPI document kept in docs/api is the one the code makes (so it cannot drift from the event catalogue, the
 * schemas or the consumers), and each of its examples is a valid event. Regenerate it after a change with
 * {@code mvn -pl api-docs test -Dyj.api.write=true}.
 */
class AsyncApiDocumentTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path KEPT = ROOT.resolve("docs/api/asyncapi.yaml");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final AsyncApiDocument document = new AsyncApiDocument(ROOT);

    @Test
    @DisplayName("docs/api/asyncapi.yaml is the document the catalogue, the schemas and the consumers make")
    void keptDocumentIsCurrent() throws IOException {
        String made = document.yaml();
        if (Boolean.getBoolean("yj.api.write")) {
            Files.writeString(KEPT, made);
        }
        assertThat(Files.readString(KEPT)).as("docs/api/asyncapi.yaml: regenerate it with "
                + "mvn -pl api-docs test -Dyj.api.write=true").isEqualTo(made);
    }

    @Test
    @DisplayName("every event type has a message on its topic's channel, its schema, and an example that is a valid event")
    void everyEventTypeIsDocumentedWithAValidExample() throws IOException {
        JsonNode doc = document.build();
        JsonSchema envelope = schema("envelope.v1.json");
        for (EventType type : EventType.values()) {
            JsonNode message = doc.path("components").path("messages").path(type.wireName());
            assertThat(message.isObject()).as(type.wireName()).isTrue();
            assertThat(doc.path("components").path("schemas").path(type.wireName()).isObject()).as(type.wireName()).isTrue();
            assertThat(doc.at("/channels/" + type.topic().split("\\.")[1] + "/address").asText()).isEqualTo(type.topic());
            JsonNode example = message.path("examples").path(0).path("payload");
            assertThat(envelope.validate(example)).as(type.wireName() + "'s example envelope").isEmpty();
            assertThat(schema(type.wireName() + ".v" + type.schemaVersion() + ".json").validate(example.path("data")))
                    .as(type.wireName() + "'s example data").isEmpty();
            assertThat(example.path("type").asText()).isEqualTo(type.wireName());
        }
    }

    @Test
    @DisplayName("every consumer reads its topic as its service's group, sets aside what it cannot apply on <topic>.<group>.dlq, "
            + "and handles at least one type of that topic")
    void everyConsumerWithItsDeadLetterTopic() {
        assertThat(document.consumers()).isNotEmpty().allSatisfy(consumer -> {
            assertThat(consumer.group()).isEqualTo(consumer.service());
            assertThat(consumer.deadLetterTopic()).isEqualTo(consumer.topic() + "." + consumer.group() + ".dlq");
            assertThat(consumer.handles()).as(consumer.service() + " reading " + consumer.topic()).isNotEmpty();
        });
        JsonNode doc = document.build();
        document.consumers().forEach(consumer -> assertThat(doc.path("operations")
                .path(consumer.service() + ".reads." + consumer.topic().split("\\.")[1]).path("action").asText()).isEqualTo("receive"));
    }

    private static JsonSchema schema(String file) throws IOException {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            return SCHEMAS.getSchema(new ObjectMapper().readTree(in), STRICT_FORMATS);
        }
    }
}
