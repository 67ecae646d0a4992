package org.youthjustice.orders.caseplan;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The case plan's steps: what each milestone tracks, the rule it comes from (RULES.md MIL-*), the
 * policy key of its time limit, and the step that follows it when it repeats. Which casework
 * completes a step is decided where that casework is recorded (contacts, plans, meetings, assessments).
 */
public enum Step {
    POST_SENTENCE_CONTACT("post-sentence-contact", "MIL-1", "MIL-1", null, false),
    FIRST_CONTACT("first-contact", "MIL-2", "MIL-2", null, false),
    UNANNOUNCED_HOME_VISIT("unannounced-home-visit", "MIL-3", "MIL-3", null, false),
    HOME_VISIT("home-visit", "MIL-4", "MIL-4-repeat", "home-visit", false),
    FIRST_HOME_VISIT("first-home-visit", "MIL-4", "MIL-4", "home-visit", false),
    ASSESSMENT_REVIEW("assessment-review", "MIL-5", "MIL-5-repeat", "assessment-review", false),
    FIRST_ASSESSMENT_REVIEW("first-assessment-review", "MIL-5", "MIL-5", "assessment-review", false),
    PLAN_REVIEW("plan-review", "MIL-6", "MIL-6-repeat", "plan-review", false),
    INTERVENTION_PLAN("intervention-plan", "MIL-6", "MIL-6", "plan-review", false),
    REVIEW_MEETING("review-meeting", "MIL-7", "MIL-7", "review-meeting", false),
    /** Completed by saying when and how it was raised: there is no other record of it. */
    RISK_RAISED_WITH_MANAGER("risk-raised-with-manager", "MIL-9", "MIL-9", null, true),
    /** Completed by saying when the panel was held and who sat on it. */
    RISK_PANEL("risk-panel", "MIL-10", "MIL-10", null, true),
    /** A breach listed in court within 2 weeks of its initiation (CMP-7); met by the hearing's outcome. */
    BREACH_LISTING("breach-listing", "CMP-7", "CMP-7-listing", null, false),
    /** Sooner where there are risk or safeguarding concerns (CMP-7, Wokingham guidance). */
    BREACH_LISTING_AT_RISK("breach-listing-at-risk", "CMP-7", "CMP-7-listing-risk", null, false),
    /** Early revocation listed in court within 2 weeks of the decision being told to the child (MIL-13). */
    EARLY_REVOCATION_LISTING("early-revocation-listing", "MIL-13", "MIL-13-listing", null, false),
    /** Crown Court tracking (MIL-14, Nottinghamshire §9): a case manager allocated within 48 hours of committal. */
    CROWN_COURT_ALLOCATION("crown-court-allocation", "MIL-14", "MIL-14-allocation", null, false),
    /** Contact with the child or family within 5 days of allocation; then contact at least monthly. */
    CROWN_COURT_FIRST_CONTACT("crown-court-first-contact", "MIL-14", "MIL-14-first-contact", "crown-court-contact", false),
    CROWN_COURT_CONTACT("crown-court-contact", "MIL-14", "MIL-14-contact", "crown-court-contact", false),
    /** Face to face at least every 3 months while the case awaits the Crown Court. */
    CROWN_COURT_FACE_TO_FACE("crown-court-face-to-face", "MIL-14", "MIL-14-face-to-face", "crown-court-face-to-face", false),
    /** Closure (MIL-11, Wokingham guidance): the exit interview arranged at least 2 weeks before the final session. */
    EXIT_INTERVIEW_ARRANGEMENT("exit-interview-arrangement", "MIL-11", "MIL-11-interview-notice", null, false),
    /** The closure document to a manager for quality assurance at least 2 days before the exit interview. */
    CLOSURE_DOCUMENT("closure-document", "MIL-11", "MIL-11-closure-document-before-interview", null, true),
    /** The exit interview held within 5 days of the final session, the completion letter handed over. */
    EXIT_INTERVIEW("exit-interview", "MIL-11", "MIL-11-interview-after-final-session", null, false),
    /** The closure AssetPlus within 4 weeks of the exit interview. */
    CLOSURE_ASSESSMENT("closure-assessment", "MIL-11", "MIL-11-closure-assessment", null, false),
    /** A specific intervention (MIL-15, Nottinghamshire §8): the initial meeting within 5 days of allocation. */
    INTERVENTION_INITIAL_MEETING("intervention-initial-meeting", "MIL-15", "MIL-15-initial-meeting", null, false),
    /** The action plan, with the number of sessions and their span, within 10 working days of allocation. */
    INTERVENTION_ACTION_PLAN("intervention-action-plan", "MIL-15", "MIL-15-action-plan", null, false);

    /** Closing an order (MIL-11): these outlive the order's completion, which is when most of them fall due. */
    public static final java.util.List<Step> CLOSURE = java.util.List.of(EXIT_INTERVIEW_ARRANGEMENT, CLOSURE_DOCUMENT,
            EXIT_INTERVIEW, CLOSURE_ASSESSMENT);

    /** The Crown Court tracking steps, which end when the Crown Court deals with the case. */
    public static final java.util.List<Step> CROWN_COURT_TRACKING = java.util.List.of(CROWN_COURT_ALLOCATION,
            CROWN_COURT_FIRST_CONTACT, CROWN_COURT_CONTACT, CROWN_COURT_FACE_TO_FACE);

    /** The court listings a hearing's outcome about the order meets. */
    public static final java.util.List<Step> COURT_LISTINGS = java.util.List.of(BREACH_LISTING, BREACH_LISTING_AT_RISK,
            EARLY_REVOCATION_LISTING);

    private final String wireName;
    private final String rule;
    private final String policyKey;
    private final String next;
    private final boolean completedByStatement;

    Step(String wireName, String rule, String policyKey, String next, boolean completedByStatement) {
        this.wireName = wireName;
        this.rule = rule;
        this.policyKey = policyKey;
        this.next = next;
        this.completedByStatement = completedByStatement;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The rule ID (MIL-4), shared by a first step and its repeats. */
    public String rule() {
        return rule;
    }

    /** The key of the time limit in the authority's policy (MIL-4-repeat). */
    public String policyKey() {
        return policyKey;
    }

    /** The step that starts when this one is met, from the completing event (home visit → next home visit). */
    public Optional<Step> next() {
        return next == null ? Optional.empty() : Optional.of(of(next));
    }

    /**
     * True for steps with no casework record of their own (raising a risk with a manager, a risk
     * panel): a practitioner completes them by stating when, with a note.
     */
    public boolean completedByStatement() {
        return completedByStatement;
    }

    public static Step of(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case plan step " + wireName));
    }
}
