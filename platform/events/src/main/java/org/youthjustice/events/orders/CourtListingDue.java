package org.youthjustice.events.orders;

import java.time.LocalDate;
import java.util.UUID;
import org.youthjustice.events.EventData;

/** {@code court-listing.due}: a case must be listed in court by {@code dueDate} (CMP-7, MIL-13). */
public record CourtListingDue(UUID listingId, ListingReason reason, LocalDate dueDate) implements EventData {
}
