package org.youthjustice.events.compliance;

import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code appointment.missed} (CMP-1). */
public record AppointmentMissed(UUID appointmentId, UUID orderId, Instant startsAt) implements EventData {
}
