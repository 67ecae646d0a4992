package org.youthjustice.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Reading the services' JSON into the pages' view records: a missing or null field is null, never an error. */
public final class Json {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Json() {
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    public static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    /** An instant, as the day it was in the UK. */
    public static LocalDate day(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value).atZone(UK).toLocalDate();
    }

    public static UUID id(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : UUID.fromString(value);
    }

    public static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }
}
