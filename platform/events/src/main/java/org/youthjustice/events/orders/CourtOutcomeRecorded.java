package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/**
 * {@code court-outcome.recorded} (ORD-1); {@code orderId} names the order a variation, revocation or
 * breach finding was about, and is absent otherwise.
 */
public record CourtOutcomeRecorded(
        UUID outcomeId,
        String court,
        LocalDate hearingDate,
        CourtOutcome outcome,
        boolean crownCourt,
        UUID orderId) implements EventData {
}
