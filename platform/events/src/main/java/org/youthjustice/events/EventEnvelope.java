package org.youthjustice.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents-shaped envelope every message on a {@code yj.*} topic travels in.
 *
 * <p>{@code data} stays a JSON tree in transport so that a consumer can read the envelope (to check
 * its inbox and tenancy) before it binds the payload to the record it knows, ignoring fields it does
 * not know.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        Instant time,
        String authority,
        UUID caseId,
        int schemaVersion,
        JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps a typed payload in a new envelope with a fresh id. */
    public static EventEnvelope wrap(EventData data, String source, Instant time, String authority, UUID caseId) {
        EventType type = EventType.of(data.getClass());
        return new EventEnvelope(UUID.randomUUID(), type.wireName(), source, time, authority, caseId,
                type.schemaVersion(), EventJson.mapper().valueToTree(data));
    }

    /** The catalogue entry for this envelope's type, or empty when the type is unknown to this build. */
    public java.util.Optional<EventType> knownType() {
        return EventType.byWireName(type);
    }

    /** Binds {@code data} to the record of this envelope's type; unknown fields are ignored. */
    public <T extends EventData> T dataAs(Class<T> recordClass) {
        try {
            return mapper().treeToValue(data, recordClass);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedEventException("event " + id + " of type " + type + " has data that is not a "
                    + recordClass.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper mapper() {
        return EventJson.mapper();
    }
}
