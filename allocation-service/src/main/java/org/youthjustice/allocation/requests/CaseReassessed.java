package org.youthjustice.allocation.requests;

import java.util.UUID;
import org.youthjustice.events.orders.RiskLevel;

/**
 * A CDI event, fired (synchronously, in the event's transaction) when order-service's {@code risk.assessed}
 * has set a case's new risk and MAPPA level, before the case is weighed again in its workers' caseloads.
 * Higher packages that keep a copy of the case's risk observe it: an internal transfer not yet allocated
 * waits for MAPPA's endorsement when the child is now at level 2 or 3 (ALC-10). Owned here so that this
 * package need not know who reacts.
 */
public record CaseReassessed(UUID caseId, RiskLevel rosh, RiskLevel saw, Integer mappaLevel) {
}
