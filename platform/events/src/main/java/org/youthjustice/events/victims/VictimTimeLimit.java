package org.youthjustice.events.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;

/**
 * {@code victim-time-limit.changed}: a time limit of victim-service as it stands now ({@link TimeLimitState}):
 * restorative justice victim contact within 5 working days of sentence, 1 for a victim under 17 (VIC-1, VIC-6).
 */
public record VictimTimeLimit(UUID timeLimitId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
        Instant dueAt, Status status, Instant completedAt, Boolean onTime, String reason, Instant closedAt, String team,
        UUID responsibleWorker) implements TimeLimitState {
}
