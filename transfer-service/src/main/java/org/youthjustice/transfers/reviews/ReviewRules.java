package org.youthjustice.transfers.reviews;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferSummary;

/**
 * The receiving authority's review (TRF-6, TRF-16), as decisions over what it is given. Pure: {@link Reviews}
 * loads, saves and announces.
 */
public final class ReviewRules {
    private ReviewRules() {
    }

    /** TRF-6: only a request awaiting review is decided; a decided one stands (409). */
    public static List<Violation> decidable(Transfer.Status status) {
        return status == Transfer.Status.AWAITING_REVIEW ? List.of() : List.of(Violation.ofRule("TRF-6", "status",
                "this request is " + status.wireName() + "; only a request awaiting review is decided"));
    }

    /**
     * TRF-16: where the child's RoSH is high or very high and the receiving authority keeps the switch on,
     * acceptance waits for a face-to-face transfer meeting (422).
     */
    public static List<Violation> acceptable(TransferDecision decision, TransferSummary.Rosh rosh, boolean meetingRequired,
            boolean meetingRecorded) {
        List<Violation> violations = new ArrayList<>();
        if (decision == TransferDecision.ACCEPTED && meetingRequired && rosh.highOrVeryHigh() && !meetingRecorded) {
            violations.add(Violation.ofRule("TRF-16", "decision", "the child's RoSH is "
                    + (rosh == TransferSummary.Rosh.HIGH ? "high" : "very high")
                    + ": record the face-to-face transfer meeting between the two authorities before accepting"));
        }
        return violations;
    }
}
