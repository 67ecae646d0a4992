package org.youthjustice.events.allocations;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum AllocationKind {
    @JsonProperty("order") ORDER,
    @JsonProperty("psr") PSR,
    @JsonProperty("crown-court-tracking") CROWN_COURT_TRACKING,
    @JsonProperty("intervention-referral") INTERVENTION_REFERRAL
}
