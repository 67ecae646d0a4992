package org.youthjustice.events.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code milestone.not-applicable}: a case plan milestone was closed as not applying to the child, with the reason
 * (stated by a practitioner, or the order revoked, the Crown Court having dealt with the case, and the like), at
 * {@code closedAt}. {@code team} held it then.
 */
public record MilestoneNotApplicable(UUID milestoneId, String rule, String step, LocalDate dueDate, String reason,
        Instant closedAt, String team) implements EventData {
}
