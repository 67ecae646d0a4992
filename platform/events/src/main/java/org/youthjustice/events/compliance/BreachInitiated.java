package org.youthjustice.events.compliance;

import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code breach.initiated} (CMP-7); {@code riskFlag} asks for listing sooner than two weeks. */
public record BreachInitiated(UUID breachId, UUID orderId, Instant initiatedAt, boolean riskFlag) implements EventData {
}
