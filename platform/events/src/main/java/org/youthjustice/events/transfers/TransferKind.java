package org.youthjustice.events.transfers;

import com.fasterxml.jackson.annotation.JsonProperty;

/** TRF-1. */
public enum TransferKind {
    @JsonProperty("full") FULL,
    @JsonProperty("caretaking") CARETAKING
}
