package org.youthjustice.events.victims;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code victim-consent.withdrawn} (VIC-2). */
public record VictimConsentWithdrawn(String victimRef, UUID caseId) implements EventData {
}
