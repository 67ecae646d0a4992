package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a requirement's amount counts (ORD-5 to ORD-11). */
public enum RequirementUnit {
    @JsonProperty("hours") HOURS,
    @JsonProperty("hours-per-day") HOURS_PER_DAY,
    @JsonProperty("days") DAYS,
    @JsonProperty("months") MONTHS
}
