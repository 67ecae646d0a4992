package org.youthjustice.orders.transfers;

import java.time.Instant;
import java.util.UUID;

/**
 * What an authority holds of a case, written down (as JSON) when a full transfer takes the case away from it
 * (TRF-1): its orders with their requirements and dates, court outcomes, milestones with where each stood, and
 * the like. Asked by the transfers package, which sits below the records it describes; the case file, at the
 * top, implements it.
 */
public interface CaseRecordSnapshot {
    /** The case's records as this unit of work's authority reads them, milestones as they stood {@code at}. */
    String of(UUID caseId, Instant at);
}
