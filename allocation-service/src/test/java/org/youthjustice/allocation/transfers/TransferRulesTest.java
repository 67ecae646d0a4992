package org.youthjustice.allocation.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.allocations.AllocationKind;

class TransferRulesTest {
    @Test
    @DisplayName("TRF-1: a case transferred in is the work its home case manager held it as, else its latest request's, else an order")
    void theWorkTransferredIn() {
        assertThat(TransferRules.transferredIn("youth-rehabilitation-order", "psr"))
                .isEqualTo(new TransferRules.Work(AllocationKind.ORDER, "youth-rehabilitation-order"));
        assertThat(TransferRules.transferredIn(null, "psr")).isEqualTo(new TransferRules.Work(AllocationKind.PSR, "psr"));
        assertThat(TransferRules.transferredIn(null, "crown-court-tracking").kind()).isEqualTo(AllocationKind.CROWN_COURT_TRACKING);
        assertThat(TransferRules.transferredIn("intervention-referral", null).kind()).isEqualTo(AllocationKind.INTERVENTION_REFERRAL);
        assertThat(TransferRules.transferredIn(null, null)).isEqualTo(new TransferRules.Work(AllocationKind.ORDER, "order"));
    }

    @Test
    @DisplayName("TRF-1: the receiving authority's request names the transfer and the home authority; the home's say where the case went")
    void reasons() {
        UUID transfer = UUID.fromString("0b8f4a52-6a43-4c57-9d0e-3f1f5d2a7c11");
        assertThat(TransferRules.reason("wokingham", transfer))
                .isEqualTo("transferred in from wokingham by transfer 0b8f4a52-6a43-4c57-9d0e-3f1f5d2a7c11 (TRF-1)");
        assertThat(TransferRules.closedReason("reading")).isEqualTo("transferred out to reading");
        assertThat(TransferRules.ALLOCATION_TIME_LIMIT).isEqualTo("TRF-1-allocation");
    }
}
