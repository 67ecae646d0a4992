package org.youthjustice.events.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.TimeLimitState;

/**
 * {@code compliance-time-limit.changed}: a time limit of compliance-service as it stands now ({@link TimeLimitState}):
 * an absence's follow-up (CMP-4), a compliance meeting (CMP-6), breach proceedings (CMP-7).
 */
public record ComplianceTimeLimit(UUID timeLimitId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
        Instant dueAt, Status status, Instant completedAt, Boolean onTime, String reason, Instant closedAt, String team,
        UUID responsibleWorker) implements TimeLimitState {
}
