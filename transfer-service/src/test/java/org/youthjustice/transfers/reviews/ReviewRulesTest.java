package org.youthjustice.transfers.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferSummary.Rosh;

class ReviewRulesTest {
    @Test
    @DisplayName("TRF-16: high or very high RoSH is accepted only after the face-to-face meeting, where the switch is on")
    void faceToFaceMeeting() {
        assertThat(ReviewRules.acceptable(TransferDecision.ACCEPTED, Rosh.HIGH, true, false)).extracting(Violation::rule)
                .containsExactly("TRF-16");
        assertThat(ReviewRules.acceptable(TransferDecision.ACCEPTED, Rosh.VERY_HIGH, true, false)).hasSize(1);
        assertThat(ReviewRules.acceptable(TransferDecision.ACCEPTED, Rosh.HIGH, true, true)).isEmpty();
        assertThat(ReviewRules.acceptable(TransferDecision.ACCEPTED, Rosh.HIGH, false, false)).isEmpty();
        assertThat(ReviewRules.acceptable(TransferDecision.ACCEPTED, Rosh.MEDIUM, true, false)).isEmpty();
        assertThat(ReviewRules.acceptable(TransferDecision.STAYED, Rosh.VERY_HIGH, true, false)).isEmpty();
    }

    @Test
    @DisplayName("TRF-6: only a request awaiting review is decided")
    void decidable() {
        assertThat(ReviewRules.decidable(Transfer.Status.AWAITING_REVIEW)).isEmpty();
        for (Transfer.Status decided : new Transfer.Status[] { Transfer.Status.ACCEPTED, Transfer.Status.STAYED, Transfer.Status.REJECTED }) {
            assertThat(ReviewRules.decidable(decided)).extracting(Violation::rule).containsExactly("TRF-6");
        }
    }
}
