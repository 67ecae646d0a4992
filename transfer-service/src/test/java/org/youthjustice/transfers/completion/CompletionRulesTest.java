package org.youthjustice.transfers.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.completion.CompletionRules.EnforcementUnderWay;

class CompletionRulesTest {
    @Test
    @DisplayName("TRF-12, CMP-10: enforcement in progress blocks completion, one violation per order; none, none")
    void enforcementBlocksCompletion() {
        assertThat(CompletionRules.enforcementFinished(List.of())).isEmpty();
        List<Violation> violations = CompletionRules.enforcementFinished(List.of(new EnforcementUnderWay("o-1", "breach"),
                new EnforcementUnderWay("o-2", "compliance meeting")));
        assertThat(violations).extracting(Violation::rule).containsExactly("TRF-12", "TRF-12");
        assertThat(violations.get(0).message()).contains("o-1", "breach", "CMP-10");
    }

    @Test
    @DisplayName("TRF-1, TRF-6: only an accepted full transfer completes")
    void onlyAcceptedFullTransfers() {
        assertThat(CompletionRules.completable(TransferKind.FULL, "accepted")).isEmpty();
        assertThat(CompletionRules.completable(TransferKind.CARETAKING, "accepted")).extracting(Violation::rule).containsExactly("TRF-1");
        assertThat(CompletionRules.completable(TransferKind.FULL, "stayed")).extracting(Violation::rule).containsExactly("TRF-6");
    }

    @Test
    @DisplayName("X-1, TRF-1: the home hands over only a case it still holds")
    void onlyACaseTheHomeHolds() {
        assertThat(CompletionRules.heldByTheHome(true, "wokingham")).isEmpty();
        assertThat(CompletionRules.heldByTheHome(false, "wokingham")).extracting(Violation::rule).containsExactly("TRF-1");
        assertThat(CompletionRules.heldByTheHome(false, "wokingham").get(0).message()).contains("wokingham no longer holds");
    }
}
