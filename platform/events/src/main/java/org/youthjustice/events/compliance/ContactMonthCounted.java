package org.youthjustice.events.compliance;

import java.util.UUID;
import org.youthjustice.events.EventData;
import org.youthjustice.events.orders.ScaledApproach;

/**
 * {@code contact-month.counted} (CMP-9): an order's contacts in one month ({@code YYYY-MM}, UK time) as they stand,
 * sent each time an attendance is recorded: the case's minimum for its scaled approach (its share of a month the order
 * is only partly in force), the appointments planned (not moved away or cancelled), attended and missed, and whether
 * fewer were planned than the minimum. A consumer keeps one per order and month, replaced by each.
 */
public record ContactMonthCounted(UUID orderId, String month, ScaledApproach scaledApproach, int minimum, int planned,
        int attended, int missed, boolean shortfall) implements EventData {
}
