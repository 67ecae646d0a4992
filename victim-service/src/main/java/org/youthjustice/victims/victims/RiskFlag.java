package org.youthjustice.victims.victims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * The risks to a specific victim that the case manager sees on the case (VIC-5), as codes: a flag tells the case
 * manager what to plan around without saying who the victim is or where they live.
 */
public enum RiskFlag {
    CONTACT_WITH_VICTIM_RESTRICTED,
    LIVES_NEAR_VICTIM,
    SAME_SCHOOL_OR_COLLEGE_AS_VICTIM,
    VICTIM_IN_CHILDS_FAMILY_OR_HOUSEHOLD,
    RISK_OF_HARM_TO_VICTIM,
    RISK_OF_REPEAT_VICTIMISATION,
    VICTIM_FEARS_RETALIATION;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static RiskFlag ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown risk flag; one of " + Arrays.stream(values()).map(RiskFlag::code).toList()));
    }
}
