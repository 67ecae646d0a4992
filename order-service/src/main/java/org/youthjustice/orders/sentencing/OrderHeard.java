package org.youthjustice.orders.sentencing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A hearing about an order took place (a variation, revocation or breach finding), fired as a CDI event in
 * the transaction that records it: the case plan, above sentencing, meets the court listing it was for.
 */
public record OrderHeard(UUID caseId, UUID orderId, UUID outcomeId, LocalDate hearingDate, String kind, String by) {
}
