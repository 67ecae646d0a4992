package org.youthjustice.events.transfers;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code transfer.completed}: responsibility moved to {@code toAuthority} (TRF-1). */
public record TransferCompleted(
        UUID transferId,
        UUID caseId,
        String fromAuthority,
        String toAuthority,
        LocalDate formalTransferDate) implements EventData {
}
