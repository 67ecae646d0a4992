package org.youthjustice.transfers.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What transfer-service keeps as JSON text (each version's summary and checklist, a decision's reasons, a
 * meeting's attendees), written and read back in one place. What is written was validated first, so it
 * always serialises and always reads back.
 */
@ApplicationScoped
public class StoredJson {
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated values always serialise", e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON always reads back", e);
        }
    }

    /** A stored list of texts (reasons, attendees). */
    public List<String> texts(String text) {
        return read(text, TEXTS);
    }
}
