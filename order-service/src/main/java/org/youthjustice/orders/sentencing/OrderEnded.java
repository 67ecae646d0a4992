package org.youthjustice.orders.sentencing;

import java.util.UUID;

/**
 * An order ended, completed or revoked, fired as a CDI event in the transaction that ends it: the case plan,
 * above sentencing, closes what is left open of it.
 */
public record OrderEnded(UUID orderId, boolean completed, String reason, String by) {
}
