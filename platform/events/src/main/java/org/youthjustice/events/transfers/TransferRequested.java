package org.youthjustice.events.transfers;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code transfer.requested} (TRF-4). */
public record TransferRequested(UUID transferId, TransferKind kind, String homeAuthority, String receivingAuthority)
        implements EventData {
}
