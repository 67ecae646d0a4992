package org.youthjustice.events.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code milestone.met}: a case plan milestone was met by the casework that completes it. {@code completedAt} is when
 * that casework happened (a visit's time, a plan's date), not when it was recorded; {@code onTime} is true when it is
 * at or before {@code dueAt} (met), false after it (met late). {@code team} and {@code responsibleWorker} held it then.
 */
public record MilestoneMet(UUID milestoneId, String rule, String step, LocalDate dueDate, Instant dueAt, Instant completedAt,
        boolean onTime, String team, UUID responsibleWorker) implements EventData {
}
