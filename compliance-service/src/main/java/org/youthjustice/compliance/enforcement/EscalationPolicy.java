package org.youthjustice.compliance.enforcement;

import java.util.Arrays;
import java.util.List;

/**
 * Which enforcement steps an order's unacceptable absences lead to (Wokingham guidance, "Failures to
 * Comply and Non-engagement"; CMP-5 to CMP-8). The first brings the first warning letter; the second the
 * second warning letter and a compliance meeting with a manager within 10 days of the missed
 * appointment; the third the breach letter and breach proceedings within 5 days. Under an out-of-court
 * disposal the police are told instead of breach. Once breach proceedings are under way, a further
 * absence starts nothing new: the court deals with the order.
 */
public final class EscalationPolicy {
    private EscalationPolicy() {
    }

    /** A step, its rule, and the time limit it is due within from the missed appointment (none: done at once). */
    public enum Step {
        FIRST_WARNING("first-warning", "CMP-5", null),
        SECOND_WARNING("second-warning", "CMP-6", null),
        COMPLIANCE_MEETING("compliance-meeting", "CMP-6", "CMP-6"),
        BREACH_LETTER("breach-letter", "CMP-7", null),
        BREACH_PROCEEDINGS("breach-proceedings", "CMP-7", "CMP-7-initiation"),
        POLICE_NOTIFICATION("police-notification", "CMP-8", null);

        private final String wireName;
        private final String rule;
        private final String policyKey;

        Step(String wireName, String rule, String policyKey) {
            this.wireName = wireName;
            this.rule = rule;
            this.policyKey = policyKey;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return wireName;
        }

        public String rule() {
            return rule;
        }

        /** The time limit's key in the authority's policy; null for a step done when it starts. */
        public String policyKey() {
            return policyKey;
        }

        public static Step of(String wireName) {
            return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no enforcement step " + wireName));
        }
    }

    /**
     * @param unacceptable the order's unacceptable absences, counting the one just judged
     * @param outOfCourt an out-of-court disposal (CMP-8)
     * @param breachUnderWay breach proceedings already started for the order
     */
    public static List<Step> stepsFor(int unacceptable, boolean outOfCourt, boolean breachUnderWay) {
        if (unacceptable <= 0 || breachUnderWay) {
            return List.of();
        }
        return switch (unacceptable) {
            case 1 -> List.of(Step.FIRST_WARNING);
            case 2 -> List.of(Step.SECOND_WARNING, Step.COMPLIANCE_MEETING);
            default -> outOfCourt ? List.of(Step.POLICE_NOTIFICATION) : List.of(Step.BREACH_LETTER, Step.BREACH_PROCEEDINGS);
        };
    }
}
