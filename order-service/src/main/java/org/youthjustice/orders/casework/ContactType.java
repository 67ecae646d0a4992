package org.youthjustice.orders.casework;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a contact with the child or family took place (Wokingham YRO guidance: contacts and sessions). */
public enum ContactType {
    @JsonProperty("phone") PHONE,
    @JsonProperty("home-visit") HOME_VISIT,
    @JsonProperty("office") OFFICE,
    @JsonProperty("virtual") VIRTUAL
}
