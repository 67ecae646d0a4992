package org.youthjustice.events.transfers;

import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code transfer.reviewed} (TRF-6): the decision with the reasons sent back. */
public record TransferReviewed(UUID transferId, TransferDecision decision, List<String> reasons) implements EventData {
}
