package org.youthjustice.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An example of each event's payload: every field set, recursively, with a value a partner would recognise by its name
 * (an authority, a team, a rule, a date), the same on every run. The AsyncAPI document shows them (so it changes only
 * when an event does), and the catalogue's tests check each against its JSON Schema.
 */
public final class EventExamples {
    public static final UUID CASE_ID = UUID.fromString("3f1c2b9e-8d7a-4c61-9f0e-2a5b6c7d8e9f");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Instant MOMENT = Instant.parse("2026-11-23T09:30:00Z");
    /** Values by field name, where the name says what a realistic value is. */
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("caseId", CASE_ID),
            Map.entry("rule", "MIL-4"),
            Map.entry("step", "home-visit"),
            Map.entry("team", "community-orders-unit"),
            Map.entry("fromTeam", "community-orders-unit"),
            Map.entry("toTeam", "north-team"),
            Map.entry("homeAuthority", "wokingham"),
            Map.entry("receivingAuthority", "nottinghamshire"),
            Map.entry("hostAuthority", "nottinghamshire"),
            Map.entry("fromAuthority", "wokingham"),
            Map.entry("toAuthority", "nottinghamshire"),
            Map.entry("authority", "wokingham"),
            Map.entry("localCaseReference", "YJ-2026-KBU4NB"),
            Map.entry("genderIdentity", "female"),
            Map.entry("locality", "west"),
            Map.entry("court", "Reading Youth Court"),
            Map.entry("courtName", "Reading Youth Court"),
            Map.entry("policeReference", "TVP-2026-004512"),
            Map.entry("month", "2026-11"));

    private EventExamples() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getGenericType());
        }
        try {
            return (T) recordClass.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no example of " + recordClass, e);
        }
    }

    private static Object value(String name, Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return List.of(value(name, list.getActualTypeArguments()[0]));
        }
        Class<?> raw = (Class<?>) type;
        Object named = BY_NAME.get(name);
        if (named != null && raw.isInstance(named)) {
            return named;
        }
        if (raw == String.class) {
            // a field's name as words: "reason" → "reason", "offenceDescription" → "offence description"
            return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        }
        if (raw == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        if (raw == LocalDate.class) {
            return DAY;
        }
        if (raw == Instant.class) {
            return MOMENT;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        throw new IllegalArgumentException("no example value for " + name + " of " + type);
    }
}
