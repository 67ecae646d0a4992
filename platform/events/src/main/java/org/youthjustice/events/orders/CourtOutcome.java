package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcomes of a hearing (ORD-1). */
public enum CourtOutcome {
    @JsonProperty("adjourned-for-psr") ADJOURNED_FOR_PSR,
    @JsonProperty("committed-to-crown-court") COMMITTED_TO_CROWN_COURT,
    @JsonProperty("remanded") REMANDED,
    @JsonProperty("bail-support") BAIL_SUPPORT,
    @JsonProperty("sentenced") SENTENCED,
    @JsonProperty("varied") VARIED,
    @JsonProperty("revoked") REVOKED,
    @JsonProperty("breach-found") BREACH_FOUND
}
