package org.youthjustice.events.allocations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code case.co-allocated}: the workers now on the case with their roles; {@code to} may be absent (open-ended). */
public record CaseCoAllocated(UUID allocationId, List<AllocatedWorker> workers, String reason, LocalDate from, LocalDate to)
        implements EventData {
}
