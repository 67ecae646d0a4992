package org.youthjustice.events.orders;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Order types of ORD-2; the legacy ones are accepted only as read-only history. */
public enum OrderType {
    @JsonProperty("referral-order") REFERRAL_ORDER,
    @JsonProperty("youth-rehabilitation-order") YOUTH_REHABILITATION_ORDER,
    @JsonProperty("detention-and-training-order") DETENTION_AND_TRAINING_ORDER,
    @JsonProperty("youth-caution") YOUTH_CAUTION,
    @JsonProperty("youth-conditional-caution") YOUTH_CONDITIONAL_CAUTION,
    @JsonProperty("reparation-order") REPARATION_ORDER,
    @JsonProperty("parenting-order") PARENTING_ORDER,
    @JsonProperty("bail-supervision-and-support") BAIL_SUPERVISION_AND_SUPPORT,
    @JsonProperty("remand") REMAND,
    @JsonProperty("final-warning") FINAL_WARNING,
    @JsonProperty("action-plan-order") ACTION_PLAN_ORDER,
    @JsonProperty("supervision-order") SUPERVISION_ORDER,
    @JsonProperty("issp") ISSP
}
