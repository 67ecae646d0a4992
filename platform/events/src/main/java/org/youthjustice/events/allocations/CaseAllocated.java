package org.youthjustice.events.allocations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code case.allocated}: starts the MIL-2/MIL-3 clocks in order-service. {@code orderId} and {@code rjWorker} may be absent. */
public record CaseAllocated(
        UUID allocationId,
        UUID caseId,
        UUID orderId,
        CaseManager caseManager,
        List<AllocatedWorker> coWorkers,
        UUID rjWorker,
        String decidedBy,
        Instant allocatedAt) implements EventData {
}
