package org.youthjustice.events.victims;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code victim-risk.flagged} (VIC-5): a flag code for the case manager, no victim details. */
public record VictimRiskFlagged(UUID caseId, String flag) implements EventData {
}
