package org.youthjustice.compliance.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.problem.Violation;

/**
 * The steps of enforcement once started (Wokingham guidance, "Failures to Comply and Non-engagement"): the
 * compliance meeting is held within 10 days of the second missed appointment (CMP-6); the breach report is
 * written before a line manager approves it, and the manager who approves it is not its author (CMP-7).
 * Which steps an absence starts is {@link EscalationPolicy}'s. Pure, so that each is tested on its own;
 * {@link Enforcement} loads the step, works out its due date by the authority's policy, saves and announces.
 */
public final class EnforcementRules {
    /** Why a breach report is refused to the manager who wrote it (403). */
    static final String APPROVED_BY_ANOTHER = "a breach report is approved by a manager other than its author";

    private EnforcementRules() {
    }

    /**
     * CMP-6: the compliance meeting at {@code at} falls (in UK time) on or before {@code dueDate}, the step's
     * due date by the authority's policy from the missed appointment; otherwise the violation, on {@code at}.
     */
    public static Optional<Violation> meetingInTime(Instant at, LocalDate dueDate) {
        return Moments.ukDate(at).isAfter(dueDate) ? Optional.of(Violation.ofRule("CMP-6", "at",
                "the compliance meeting is held within 10 days of the second missed appointment: by " + dueDate)) : Optional.empty();
    }

    /** CMP-7: the breach report is written ({@code reportSummary}) before a manager approves it; otherwise the violation. */
    public static Optional<Violation> breachReportWritten(String reportSummary) {
        return reportSummary == null ? Optional.of(Violation.ofRule("CMP-7", "report",
                "the breach report is written before a manager approves it")) : Optional.empty();
    }

    /**
     * CMP-7: the breach report written by {@code reportedBy} is approved by {@code approver} only when they are
     * another manager; otherwise why not, which the service answers as forbidden (403).
     */
    public static Optional<String> approverOtherThanAuthor(String reportedBy, String approver) {
        return reportedBy.equals(approver) ? Optional.of(APPROVED_BY_ANOTHER) : Optional.empty();
    }
}
