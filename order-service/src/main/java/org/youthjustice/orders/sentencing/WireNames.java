package org.youthjustice.orders.sentencing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The names enum values have in JSON and in policy files, e.g. {@code youth-rehabilitation-order}. */
public final class WireNames {
    private WireNames() {
    }

    /** The {@link JsonProperty} name of {@code value}. */
    public static String of(Enum<?> value) {
        try {
            return value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
