package org.youthjustice.victims.contact;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.youthjustice.problem.Violation;
import org.youthjustice.victims.victims.VictimRules;

/** Which time limit a first contact runs to (VIC-1, VIC-6) and what a contact attempt must show (VIC-1, VIC-9). */
public final class ContactRules {
    /** The policy key of the first contact with a victim: 5 working days by default. */
    public static final String FIRST_CONTACT = "VIC-1";
    /** The enhanced service for a victim under 17: 1 working day by default. */
    public static final String FIRST_CONTACT_ENHANCED = "VIC-6";
    /** Keeping a victim taking part in a restorative process informed, and telling them it concluded. */
    public static final String KEEP_INFORMED = "VIC-8";

    private ContactRules() {
    }

    public enum Method {
        PHONE, EMAIL, LETTER, HOME_VISIT, OFFICE_VISIT;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum ContactedPerson {
        VICTIM, PARENT_OR_GUARDIAN;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Result {
        CONTACTED, NO_ANSWER, MESSAGE_LEFT, DECLINED, DETAILS_WRONG;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The time limit of a first contact: VIC-6's for a victim under 17 on the day it is triggered, else VIC-1's. */
    public static String firstContactLimit(LocalDate dateOfBirth, LocalDate triggeredOn) {
        return VictimRules.underSeventeen(dateOfBirth, triggeredOn) ? FIRST_CONTACT_ENHANCED : FIRST_CONTACT;
    }

    /** What is wrong with an attempt to contact a victim, each with its rule. */
    public static List<Violation> attempt(boolean consentToContact, TaskPurpose purpose, Result result, boolean outcomeTold,
            boolean supportOffered, ContactedPerson person, boolean hasParentOrGuardian, Instant attemptedAt, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!consentToContact) {
            violations.add(Violation.ofRule("VIC-9", "purpose",
                    "the victim has not consented to contact or opted out: record their consent first if they opt back in"));
        }
        if (attemptedAt.isAfter(now)) {
            violations.add(Violation.ofField("attemptedAt", "an attempt is recorded once made, not before"));
        }
        if (purpose == TaskPurpose.SENTENCE_OUTCOME && result == Result.CONTACTED && !(outcomeTold && supportOffered)) {
            violations.add(Violation.ofRule(FIRST_CONTACT, "outcomeTold",
                    "the first contact tells the victim the outcome of the sentence and offers victim support services: "
                            + "confirm both (outcomeTold, supportOffered)"));
        }
        if (person == ContactedPerson.PARENT_OR_GUARDIAN && !hasParentOrGuardian) {
            violations.add(Violation.ofRule("VIC-6", "contactedPerson", "no parent or guardian is recorded for this victim"));
        }
        return violations;
    }
}
