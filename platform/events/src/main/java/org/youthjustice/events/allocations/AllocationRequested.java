package org.youthjustice.events.allocations;

import java.time.Instant;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code allocation.requested}: a case waits for a case manager in {@code team} by {@code dueBy}. */
public record AllocationRequested(UUID requestId, AllocationKind kind, String team, Instant dueBy)
        implements EventData {
}
