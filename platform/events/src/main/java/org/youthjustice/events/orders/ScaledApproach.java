package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Intervention level of the scaled approach (CMP-9). */
public enum ScaledApproach {
    @JsonProperty("standard") STANDARD,
    @JsonProperty("enhanced") ENHANCED,
    @JsonProperty("intensive") INTENSIVE
}
