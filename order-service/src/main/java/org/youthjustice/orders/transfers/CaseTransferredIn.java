package org.youthjustice.orders.transfers;

import java.util.UUID;

/**
 * A case moved to this authority by a completed transfer (TRF-1), its records with it, fired as a CDI event in the
 * transaction that moves it: the case plan, above transfers, announces the open milestones it now holds.
 */
public record CaseTransferredIn(UUID caseId, UUID transferId, String fromAuthority, String toAuthority) {
}
