package org.youthjustice.victims.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a contact with a victim is for: telling the sentence's outcome and offering victim support (VIC-1, VIC-6),
 * keeping a victim who takes part in a restorative process informed of the case's progress, and telling them the
 * intervention has concluded (VIC-8).
 */
public enum TaskPurpose {
    SENTENCE_OUTCOME, PROGRESS_UPDATE, CONCLUSION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
