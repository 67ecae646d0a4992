package org.youthjustice.events.compliance;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code warning.issued} (CMP-5, CMP-6). */
public record WarningIssued(UUID warningId, UUID orderId, WarningLevel level, UUID letterId, int unacceptableCount)
        implements EventData {
}
