package org.youthjustice.events.allocations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code case.allocated}: starts the MIL-2/MIL-3 clocks in order-service, and MIL-15 when it answers an
 * accepted intervention referral. {@code orderId}, {@code referralId} and {@code rjWorker} may be absent.
 */
public record CaseAllocated(
        UUID allocationId,
        UUID caseId,
        UUID orderId,
        UUID referralId,
        CaseManager caseManager,
        List<AllocatedWorker> coWorkers,
        UUID rjWorker,
        String decidedBy,
        Instant allocatedAt) implements EventData {
}
