package org.youthjustice.transfers.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.policy.Policy;

/**
 * The transfer's time limits, in working days by each authority's policy (X-3, kernel keys {@code TRF-4}
 * and {@code TRF-7}):
 * <ul>
 * <li>TRF-4: the home authority sends the request within 1 working day of deciding to request it; the decision
 * is dated (a day), the request is met when it is submitted;</li>
 * <li>TRF-7: the receiving authority answers within 2 working days of receiving all the requested documents (the
 * last file of an item the checklist marks attached, or the submission when none is missing), met by its review
 * decision, which confirms the supervision requirements or says what is missing.</li>
 * </ul>
 */
public final class TransferDeadlinesRule {
    public static final String REQUEST = "TRF-4";
    public static final String REVIEW = "TRF-7";

    private TransferDeadlinesRule() {
    }

    /** TRF-4 under the home authority's policy, from the date of the decision to request. */
    public static Deadline requestDue(DeadlineCalculator calculator, Policy homePolicy, LocalDate decidedOn) {
        return calculator.deadline(homePolicy, REQUEST, requestCountedFrom(decidedOn));
    }

    /** TRF-4: the moment its time limit is counted from (published as the time limit's trigger, the same as here). */
    public static Instant requestCountedFrom(LocalDate decidedOn) {
        // a dated decision: the day counts, not the hour; midday keeps it clear of midnight in either season
        return decidedOn.atTime(LocalTime.NOON).atZone(DeadlineCalculator.LONDON).toInstant();
    }

    /** TRF-7 under the receiving authority's policy, from the moment all the requested documents were received. */
    public static Deadline reviewDue(DeadlineCalculator calculator, Policy receivingPolicy, Instant documentsReceivedAt) {
        return calculator.deadline(receivingPolicy, REVIEW, documentsReceivedAt);
    }

    /** TRF-7: every document the checklist marks attached has arrived (an item uploaded for an earlier version counts). */
    public static boolean allDocumentsReceived(java.util.Set<String> attachedItems, java.util.Set<String> receivedItems) {
        return receivedItems.containsAll(attachedItems);
    }
}
