package org.youthjustice.orders.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.youthjustice.problem.Violation;

/**
 * The exit interview that closes an order (MIL-11, Wokingham guidance "Closure/Exit Interview"): held
 * after the final session and within its time limit of it; the completion letter handed over at it; and
 * what is still outstanding before it meets its milestone.
 */
public final class ExitInterviewRule {
    private ExitInterviewRule() {
    }

    /**
     * MIL-11: the interview is arranged for a day after the final session and within the time limit of it.
     *
     * @param latestInterviewOn the last day of the time limit after the final session (5 days by default), by the
     *        authority's policy
     */
    public static List<Violation> arrangement(LocalDate finalSessionOn, LocalDate interviewOn, LocalDate latestInterviewOn) {
        List<Violation> violations = new ArrayList<>();
        if (interviewOn.isBefore(finalSessionOn)) {
            violations.add(Violation.ofRule("MIL-11", "interviewOn", "the exit interview follows the final session"));
        } else if (interviewOn.isAfter(latestInterviewOn)) {
            violations.add(Violation.ofRule("MIL-11", "interviewOn",
                    "the exit interview takes place within 5 days of the final session: by " + latestInterviewOn));
        }
        return violations;
    }

    /** MIL-11: the completion letter is handed over at the interview, so only once it is recorded held. */
    public static List<Violation> letterHandedOver(ExitInterview interview) {
        if (!interview.held()) {
            return List.of(Violation.ofRule("MIL-11", "handedOverOn",
                    "the completion letter is handed over at the exit interview; record the interview held first"));
        }
        return List.of();
    }

    /** MIL-11: what stops the interview meeting its milestone: holding it, then handing over the completion letter. */
    public static List<String> outstanding(ExitInterview interview) {
        List<String> outstanding = new ArrayList<>();
        if (!interview.held()) {
            outstanding.add("MIL-11: the exit interview is held by " + interview.interviewOn);
        } else if (interview.completionLetterHandedOverOn == null) {
            outstanding.add("MIL-11: the completion letter, with guidance on spent convictions, is handed to the child");
        }
        return outstanding;
    }
}
