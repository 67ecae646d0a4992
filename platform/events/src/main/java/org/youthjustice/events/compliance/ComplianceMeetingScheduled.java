package org.youthjustice.events.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code compliance-meeting.scheduled} (CMP-6). */
public record ComplianceMeetingScheduled(UUID meetingId, UUID orderId, LocalDate dueBy, Instant at)
        implements EventData {
}
