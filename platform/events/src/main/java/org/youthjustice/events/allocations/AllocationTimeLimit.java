package org.youthjustice.events.allocations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;

/**
 * {@code allocation-time-limit.changed}: a time limit of allocation-service as it stands now ({@link TimeLimitState}):
 * a case's allocation time limits: the receiving team's allocation and the three-way meeting of an internal transfer
 * (ALC-10), the co-allocation's task agreement and reviews (ALC-6).
 */
public record AllocationTimeLimit(UUID timeLimitId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
        Instant dueAt, Status status, Instant completedAt, Boolean onTime, String reason, Instant closedAt, String team,
        UUID responsibleWorker) implements TimeLimitState {
}
