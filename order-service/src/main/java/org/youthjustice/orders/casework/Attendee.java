package org.youthjustice.orders.casework;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who was present at a contact: the child directly (MIL-2), the family, other professionals. */
public enum Attendee {
    @JsonProperty("child") CHILD,
    @JsonProperty("parent-carer") PARENT_CARER,
    @JsonProperty("other-professional") OTHER_PROFESSIONAL
}
