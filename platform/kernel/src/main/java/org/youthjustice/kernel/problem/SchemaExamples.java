package org.youthjustice.kernel.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example value drawn from a schema, for the operations whose authors gave none: every property set, with a value a
 * partner recognises by its name or format (an id, a date, an authority, a rule), enumerations by their first value.
 * Redocly's lint checks each against its schema in the build, so an example never contradicts what it illustrates.
 */
final class SchemaExamples {
    private static final String SCHEMAS = "#/components/schemas/";
    /** Deep enough for the services' views; a schema that refers to itself stops there. */
    private static final int DEPTH = 6;
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("authority", "wokingham"), Map.entry("homeAuthority", "wokingham"),
            Map.entry("receivingAuthority", "nottinghamshire"), Map.entry("hostAuthority", "nottinghamshire"),
            Map.entry("team", "community-orders-unit"), Map.entry("rule", "MIL-4"), Map.entry("reference", "YJ-2026-KBU4NB"),
            Map.entry("localCaseReference", "YJ-2026-KBU4NB"), Map.entry("givenName", "Sam"), Map.entry("familyName", "Taylor"),
            Map.entry("name", "Sam Taylor"), Map.entry("username", "wokingham-case-worker"),
            Map.entry("decidedBy", "wokingham-team-manager"), Map.entry("recordedBy", "wokingham-case-worker"),
            Map.entry("policyVersion", "wokingham@default"), Map.entry("band", "B"), Map.entry("genderIdentity", "female"));

    private final Map<String, Schema> components;

    SchemaExamples(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    Object of(Schema schema) {
        return of(null, schema, 0);
    }

    private Object of(String name, Schema schema, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getRef() != null) {
            return schema.getRef().startsWith(SCHEMAS) ? of(name, components.get(schema.getRef().substring(SCHEMAS.length())), depth + 1)
                    : null;
        }
        for (List<Schema> choices : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (choices != null) {
                // the first choice that is not null itself (an optional property is anyOf [its type, null])
                for (Schema choice : choices) {
                    Object value = of(name, choice, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, value) -> object.put(property, of(property, value, depth + 1)));
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = of(name, schema.getItems(), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return string(name, schema.getFormat());
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1.5;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return false;
        }
        return null;
    }

    private static Object string(String name, String format) {
        if (format != null) {
            switch (format) {
                case "uuid" -> {
                    return java.util.UUID.nameUUIDFromBytes(String.valueOf(name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .toString();
                }
                case "date" -> {
                    return "2026-11-23";
                }
                case "date-time" -> {
                    return "2026-11-23T09:30:00Z";
                }
                case "email" -> {
                    return "case.worker@wokingham.example";
                }
                case "binary", "byte" -> {
                    return null;
                }
                default -> {
                    // the format's own example below
                }
            }
        }
        Object named = name == null ? null : BY_NAME.get(name);
        if (named != null) {
            return named;
        }
        // the property's name as words: "closedReason" → "closed reason"
        return name == null ? "text" : name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
    }
}
