package org.youthjustice.orders.sentencing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The requirements a youth rehabilitation order may carry (ORD-4). */
public enum RequirementType {
    @JsonProperty("activity") ACTIVITY,
    @JsonProperty("supervision") SUPERVISION,
    @JsonProperty("unpaid-work") UNPAID_WORK,
    @JsonProperty("programme") PROGRAMME,
    @JsonProperty("attendance-centre") ATTENDANCE_CENTRE,
    @JsonProperty("prohibited-activity") PROHIBITED_ACTIVITY,
    @JsonProperty("curfew") CURFEW,
    @JsonProperty("exclusion") EXCLUSION,
    @JsonProperty("electronic-monitoring") ELECTRONIC_MONITORING,
    @JsonProperty("residence") RESIDENCE,
    @JsonProperty("local-authority-residence") LOCAL_AUTHORITY_RESIDENCE,
    @JsonProperty("fostering") FOSTERING,
    @JsonProperty("mental-health-treatment") MENTAL_HEALTH_TREATMENT,
    @JsonProperty("drug-treatment") DRUG_TREATMENT,
    @JsonProperty("intoxicating-substance-treatment") INTOXICATING_SUBSTANCE_TREATMENT,
    @JsonProperty("education") EDUCATION,
    @JsonProperty("intensive-supervision-and-surveillance") INTENSIVE_SUPERVISION_AND_SURVEILLANCE
}
