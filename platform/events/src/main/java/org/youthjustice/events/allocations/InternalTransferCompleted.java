package org.youthjustice.events.allocations;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code internal-transfer.completed}: the three-way meeting happened (ALC-10), which is the formal transfer
 * date: from it the new team and its case manager are responsible. The case's co-workers are unchanged.
 */
public record InternalTransferCompleted(UUID caseId, String fromTeam, String toTeam, LocalDate formalTransferDate,
        UUID allocationId, AllocatedWorker caseManager) implements EventData {
}
