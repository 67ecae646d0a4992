package org.youthjustice.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCatalogueTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordSerialisesToJsonThatItsSchemaAccepts(EventType type) {
        EventData data = EventExamples.of(type.recordClass());
        EventEnvelope envelope = EventEnvelope.wrap(data, "order-service", Instant.parse("2026-11-23T10:15:30Z"),
                "wokingham", UUID.randomUUID());
        JsonNode json = EventJson.mapper().valueToTree(envelope);

        assertThat(validate(schema("schemas/envelope.v1.json"), json)).isEmpty();
        assertThat(validate(schema(type.schemaResource()), json.get("data"))).isEmpty();
        assertThat(json.get("type").asText()).isEqualTo(type.wireName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnoredOnRead(EventType type) {
        EventData data = EventExamples.of(type.recordClass());
        EventEnvelope envelope = EventEnvelope.wrap(data, "order-service", Instant.parse("2026-11-23T10:15:30Z"),
                "wokingham", UUID.randomUUID());
        ObjectNode json = EventJson.mapper().valueToTree(envelope);
        json.put("aFieldFromTheFuture", "ignored");
        ((ObjectNode) json.get("data")).put("anotherNewField", 42);

        EventEnvelope read = EventJson.read(json.toString());

        assertThat(read.id()).isEqualTo(envelope.id());
        assertThat(read.dataAs(type.recordClass())).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSchemaRejectsDataMissingARequiredField(EventType type) {
        JsonNode data = EventJson.mapper().valueToTree(EventExamples.of(type.recordClass()));
        JsonSchema schema = schema(type.schemaResource());
        String required = schema.getSchemaNode().get("required").get(0).asText();
        ((ObjectNode) data).remove(required);

        assertThat(validate(schema, data)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains(required));
    }

    @Test
    void everyTypeHasOneSchemaAndEverySchemaFileBelongsToAType() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("schemas").toURI());
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(path -> "schemas/" + path.getFileName()).collect(Collectors.toSet());
        }
        Set<String> expected = Stream.concat(Stream.of("schemas/envelope.v1.json"),
                Stream.of(EventType.values()).map(EventType::schemaResource)).collect(Collectors.toSet());

        assertThat(files).isEqualTo(expected);
    }

    @Test
    void everyTypeIsOnTheTopicOfItsPublishingContext() {
        assertThat(EventType.ORDER_MADE.topic()).isEqualTo("yj.orders.v1");
        assertThat(EventType.CASE_ALLOCATED.topic()).isEqualTo("yj.allocations.v1");
        assertThat(EventType.BREACH_INITIATED.topic()).isEqualTo("yj.compliance.v1");
        assertThat(EventType.TRANSFER_COMPLETED.topic()).isEqualTo("yj.transfers.v1");
        assertThat(EventType.VICTIM_CONSENT_RECORDED.topic()).isEqualTo("yj.victims.v1");
        assertThat(Topics.deadLetter(Topics.ORDERS, "allocation")).isEqualTo("yj.orders.v1.allocation.dlq");
        for (EventType type : EventType.values()) {
            String context = type.recordClass().getPackageName().substring("org.youthjustice.events.".length());
            assertThat(type.topic()).as(type.wireName()).isEqualTo("yj." + context + ".v1");
        }
    }

    @Test
    void aMessageThatIsNotAnEnvelopeIsMalformed() {
        assertThatThrownBy(() -> EventJson.read("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("[1,2]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"order.made\"}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not an event envelope");
    }

    @Test
    void dataOfTheWrongShapeIsMalformed() {
        EventEnvelope envelope = EventEnvelope.wrap(EventExamples.of(org.youthjustice.events.orders.OrderRevoked.class),
                "order-service", Instant.now(), "wokingham", UUID.randomUUID());
        ObjectNode json = EventJson.mapper().valueToTree(envelope);
        ((ObjectNode) json.get("data")).put("date", "not a date");

        EventEnvelope read = EventJson.read(json.toString());

        assertThatThrownBy(() -> read.dataAs(org.youthjustice.events.orders.OrderRevoked.class))
                .isInstanceOf(MalformedEventException.class);
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, JsonNode json) {
        return schema.validate(json);
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return SCHEMAS.getSchema(in, STRICT_FORMATS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
