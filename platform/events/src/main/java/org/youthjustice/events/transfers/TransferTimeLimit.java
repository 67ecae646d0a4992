package org.youthjustice.events.transfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;

/**
 * {@code transfer-time-limit.changed}: a time limit of transfer-service as it stands now ({@link TimeLimitState}): a
 * transfer's time limits: the request sent by the home authority (TRF-4), the supervision requirements confirmed by
 * the receiving authority (TRF-7).
 */
public record TransferTimeLimit(UUID timeLimitId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
        Instant dueAt, Status status, Instant completedAt, Boolean onTime, String reason, Instant closedAt, String team,
        UUID responsibleWorker) implements TimeLimitState {
}
