package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code court-outcome.recorded} (ORD-1). */
public record CourtOutcomeRecorded(
        UUID outcomeId,
        String court,
        LocalDate hearingDate,
        CourtOutcome outcome,
        boolean crownCourt) implements EventData {
}
