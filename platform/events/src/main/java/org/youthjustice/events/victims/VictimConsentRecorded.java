package org.youthjustice.events.victims;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code victim-consent.recorded} (VIC-2, ALC-11): a pseudonymous reference, never the victim's details. */
public record VictimConsentRecorded(String victimRef, UUID caseId, boolean consentToContact, boolean directVictim)
        implements EventData {
}
