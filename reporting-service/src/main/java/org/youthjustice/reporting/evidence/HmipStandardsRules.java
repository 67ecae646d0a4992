package org.youthjustice.reporting.evidence;

import java.util.List;

/**
 * Which of HM Inspectorate of Probation's standards for case work a fact bears on (the HMIP seeds: assessment; planning;
 * implementation and delivery; reviewing), so that an inspector reading a case finds the platform's dated facts under
 * the question they ask. A case plan time limit goes by its step: the first assessment review is assessment, its
 * repeats reviewing; the intervention plan is planning, its reviews reviewing; and so on.
 */
public final class HmipStandardsRules {

    /** The standards in the order an inspection reads them, with the question each asks (HMIP's words, shortened). */
    public enum Standard {
        ASSESSMENT("assessment", "Assessment", "Is assessment well informed, analytical and personalised, actively "
                + "involving the child and their parents or carers? Risk of harm, safety and wellbeing, and their quality "
                + "assurance."),
        PLANNING("planning", "Planning", "Is planning well informed, holistic and personalised, actively involving the "
                + "child and their parents or carers?"),
        DELIVERY("delivery", "Implementation and delivery", "Are high-quality, well-focused, personalised and coordinated "
                + "services delivered: contact, engagement and compliance, and enforcement with its reasons?"),
        REVIEWING("reviewing", "Reviewing", "Is reviewing of progress well informed, analytical and personalised: plan and "
                + "assessment reviews, review meetings, responses to changes in risk, and closure?");

        public final String wireName;
        public final String title;
        public final String question;

        Standard(String wireName, String title, String question) {
            this.wireName = wireName;
            this.title = title;
            this.question = question;
        }

        public static Standard of(String wireName) {
            for (Standard s : values()) {
                if (s.wireName.equals(wireName)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no HMIP standard " + wireName);
        }
    }

    private static final List<String> ASSESSMENT_STEPS = List.of("first-assessment-review", "risk-raised-with-manager",
            "risk-panel");
    private static final List<String> PLANNING_STEPS = List.of("intervention-plan", "intervention-action-plan");
    private static final List<String> REVIEWING_STEPS = List.of("assessment-review", "plan-review", "review-meeting",
            "exit-interview-arrangement", "closure-document", "exit-interview", "closure-assessment");

    private HmipStandardsRules() {
    }

    /** The standard a time limit bears on, from its step (MIL-*, CMP-*, ALC-*, TRF-*, VIC-*). */
    public static Standard ofStep(String step) {
        if (ASSESSMENT_STEPS.contains(step)) {
            return Standard.ASSESSMENT;
        }
        if (PLANNING_STEPS.contains(step)) {
            return Standard.PLANNING;
        }
        if (REVIEWING_STEPS.contains(step)) {
            return Standard.REVIEWING;
        }
        // contacts, home visits, court listings, Crown Court tracking, an intervention's first meeting
        return Standard.DELIVERY;
    }

    /** The standard an assessment bears on: the first is assessment; a later one, or a significant change, reviewing. */
    public static Standard ofAssessment(String stage, boolean significantChange) {
        return significantChange || !"start".equalsIgnoreCase(stage) ? Standard.REVIEWING : Standard.ASSESSMENT;
    }
}
