package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code order.completed}; {@code reason} is a code such as {@code expired}, never a note. */
public record OrderCompleted(UUID orderId, LocalDate date, String reason) implements EventData {
}
