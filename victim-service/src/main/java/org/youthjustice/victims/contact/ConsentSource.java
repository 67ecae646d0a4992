package org.youthjustice.victims.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who gave or withdrew consent to contact (VIC-2): the victim, their parent or guardian (VIC-6), or the police passing it on. */
public enum ConsentSource {
    VICTIM, PARENT_OR_GUARDIAN, POLICE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
