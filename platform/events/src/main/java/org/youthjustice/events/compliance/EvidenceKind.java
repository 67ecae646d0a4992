package org.youthjustice.events.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of written evidence for an absence (CMP-2); the evidence itself never travels. */
public enum EvidenceKind {
    @JsonProperty("sick-note") SICK_NOTE,
    @JsonProperty("school-letter") SCHOOL_LETTER,
    @JsonProperty("employer-letter") EMPLOYER_LETTER,
    @JsonProperty("email") EMAIL,
    @JsonProperty("none") NONE
}
