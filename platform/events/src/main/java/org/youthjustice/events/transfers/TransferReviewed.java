package org.youthjustice.events.transfers;

import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code transfer.reviewed} (TRF-6): the decision with the reasons sent back. It names the kind and both
 * authorities so that every service following transfers can keep a ledger of the transfers transfer-service
 * accepted, and refuse a {@code transfer.completed} or {@code caretaking.started} with none behind it.
 */
public record TransferReviewed(
        UUID transferId,
        TransferDecision decision,
        List<String> reasons,
        TransferKind kind,
        String homeAuthority,
        String receivingAuthority) implements EventData {
}
