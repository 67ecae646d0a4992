package org.youthjustice.orders.sentencing;

import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.RiskLevels;
import org.youthjustice.events.orders.ScaledApproach;

/**
 * A case's risk levels at its latest assessment, which an order made announces for allocation (ALC-5).
 * Sentencing owns this question and assessment, above it, answers it.
 */
public interface AssessedRisk {

    record Levels(RiskLevels riskLevels, ScaledApproach scaledApproach) {
    }

    /** Empty until the case is assessed. */
    Optional<Levels> latestOf(UUID caseId);
}
