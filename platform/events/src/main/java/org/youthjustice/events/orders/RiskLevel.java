package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Risk of serious harm (RoSH), safety and wellbeing (SaW) or likelihood of reoffending, as assessed. */
public enum RiskLevel {
    @JsonProperty("low") LOW,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("high") HIGH,
    @JsonProperty("very-high") VERY_HIGH;

    /** High or Very High: the threshold of ALC-5, ALC-6 and MIL-10. */
    public boolean isHighOrAbove() {
        return this == HIGH || this == VERY_HIGH;
    }
}
