package org.youthjustice.events.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code milestone.set}: a case plan milestone (MIL-*, a CMP-7 or MIL-13 court listing) as it stands now, open: sent
 * when it starts and whenever who holds it changes (an allocation or reallocation, a transfer to another authority).
 * A consumer keeps one row per {@code milestoneId}, replaced by each; the envelope names the case and the authority
 * that holds the milestone now. {@code orderId} is absent for a milestone outside an order (Crown Court tracking,
 * MIL-14; a specific intervention, MIL-15); {@code team} and {@code responsibleWorker} until someone holds it.
 */
public record MilestoneSet(UUID milestoneId, UUID orderId, String rule, String step, Instant triggeredAt, LocalDate dueDate,
        Instant dueAt, String team, UUID responsibleWorker) implements EventData {
}
