package org.youthjustice.events.transfers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** TRF-6. */
public enum TransferDecision {
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("stayed") STAYED,
    @JsonProperty("rejected") REJECTED
}
