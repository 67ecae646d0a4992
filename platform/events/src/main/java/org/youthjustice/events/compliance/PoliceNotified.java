package org.youthjustice.events.compliance;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code police.notified}: a missed appointment on an out-of-court disposal (CMP-8). */
public record PoliceNotified(UUID notificationId, UUID orderId, UUID appointmentId) implements EventData {
}
