package org.youthjustice.events.orders;

import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code risk.assessed}: an assessment's risk levels (ALC-5, ALC-6, CMP-9); {@code mappa} may be absent. */
public record RiskAssessed(
        UUID assessmentId,
        String stage,
        RiskLevel rosh,
        RiskLevel saw,
        RiskLevel likelihoodOfReoffending,
        ScaledApproach scaledApproach,
        Mappa mappa,
        boolean significantChange) implements EventData {
}
