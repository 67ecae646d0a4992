package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code order.made}: a court made an order, or an out-of-court disposal was given. {@code riskLevels}
 * and {@code scaledApproach} are absent when no assessment has set them yet; {@code risk.assessed}
 * follows when one does. The child appears only by the rule inputs allocation needs: gender identity
 * and looked-after status as they were when the order was made.
 */
public record OrderMade(
        UUID orderId,
        OrderType orderType,
        LocalDate startDate,
        LocalDate endDate,
        List<Requirement> requirements,
        String team,
        RiskLevels riskLevels,
        ScaledApproach scaledApproach,
        LocalDate sentenceDate,
        boolean outOfCourt,
        String genderIdentity,
        boolean lookedAfter) implements EventData {
}
