package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code milestone.overdue}: a case plan milestone (MIL-*) passed its due date undone. */
public record MilestoneOverdue(UUID milestoneId, String rule, LocalDate dueDate, UUID responsibleWorker)
        implements EventData {
}
