package org.youthjustice.events.compliance;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code enforcement.finished}: read by transfers (TRF-12) and allocation (ALC-10); {@code reason} is a code. */
public record EnforcementFinished(UUID orderId, String reason) implements EventData {
}
