package org.youthjustice.events.victims;

import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code victim-contact.made} (VIC-1). */
public record VictimContactMade(String victimRef, UUID caseId, Instant contactedAt, boolean withinTimeLimit)
        implements EventData {
}
