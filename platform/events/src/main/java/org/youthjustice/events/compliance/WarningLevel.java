package org.youthjustice.events.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum WarningLevel {
    @JsonProperty("first") FIRST,
    @JsonProperty("second") SECOND
}
