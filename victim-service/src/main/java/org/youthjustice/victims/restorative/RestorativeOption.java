package org.youthjustice.victims.restorative;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** VIC-3: the restorative options a victim may wish for. */
public enum RestorativeOption {
    DIRECT_MEETING, LETTER_OF_APOLOGY, INDIRECT_REPARATION, SHUTTLE_COMMUNICATION, NONE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
