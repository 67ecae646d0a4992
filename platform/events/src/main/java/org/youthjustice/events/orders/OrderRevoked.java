package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code order.revoked}; {@code reason} is a code such as {@code early-revocation}, never a note. */
public record OrderRevoked(UUID orderId, LocalDate date, String reason) implements EventData {
}
