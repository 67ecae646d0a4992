package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ListingReason {
    @JsonProperty("breach") BREACH,
    @JsonProperty("early-revocation") EARLY_REVOCATION
}
