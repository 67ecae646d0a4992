package org.youthjustice.events.allocations;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code internal-transfer.completed}: the three-way meeting happened (ALC-10); the new team is responsible. */
public record InternalTransferCompleted(UUID caseId, String fromTeam, String toTeam, LocalDate formalTransferDate)
        implements EventData {
}
