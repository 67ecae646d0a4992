package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code order.varied}: the court varied the order; {@code requirements} are the ones now in force and
 * {@code endDate} the order's end date after the variation (the court may extend or shorten it).
 */
public record OrderVaried(UUID orderId, LocalDate date, String reason, List<Requirement> requirements, LocalDate endDate)
        implements EventData {
}
