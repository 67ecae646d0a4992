package org.youthjustice.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.kernel.transfers.AcceptedTransfers;
import org.youthjustice.testing.TestClock;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class AcceptedTransfersTest {
    @Inject
    Inbox inbox;

    @Inject
    AcceptedTransfers accepted;

    @Test
    @DisplayName("TRF-6, X-1: a service acts on a transfer only once transfer-service's review accepted it, as it was accepted")
    void aTransferIsActedOnOnlyAsItWasAccepted() {
        UUID transfer = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        review(transfer, caseId, TransferDecision.STAYED);

        assertThatThrownBy(() -> require(transfer, TransferKind.FULL, caseId, "wokingham", "reading"))
                .isInstanceOf(RefusedEventException.class).hasMessageContaining("never accepted");

        review(transfer, caseId, TransferDecision.ACCEPTED);

        require(transfer, TransferKind.FULL, caseId, "wokingham", "reading");
        assertThatThrownBy(() -> require(transfer, TransferKind.FULL, caseId, "wokingham", "bracknell-forest"))
                .isInstanceOf(RefusedEventException.class).hasMessageContaining("from wokingham to reading");
        assertThatThrownBy(() -> require(transfer, TransferKind.CARETAKING, caseId, "wokingham", "reading"))
                .isInstanceOf(RefusedEventException.class);
        assertThatThrownBy(() -> require(transfer, TransferKind.FULL, UUID.randomUUID(), "wokingham", "reading"))
                .isInstanceOf(RefusedEventException.class);
    }

    @Test
    @DisplayName("X-1: a completion is acted on only as addressed to its receiving authority, about its own case")
    void aCompletionIsActedOnOnlyAsAddressed() {
        UUID transfer = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        review(transfer, caseId, TransferDecision.ACCEPTED);
        TransferCompleted completed = new TransferCompleted(transfer, caseId, "wokingham", "reading", TestClock.today());

        complete(completed, "reading", caseId);
        assertThatThrownBy(() -> complete(completed, "wokingham", caseId)).isInstanceOf(RefusedEventException.class)
                .hasMessageContaining("came addressed to wokingham");
        assertThatThrownBy(() -> complete(completed, "reading", UUID.randomUUID())).isInstanceOf(RefusedEventException.class);
    }

    /** Delivered on a thread of its own, as the messaging layer does: each delivery acts for its envelope's authority. */
    private void complete(TransferCompleted completed, String authority, UUID caseId) {
        EventEnvelope event = EventEnvelope.wrap(completed, "transfer-service", TestClock.now(), authority, caseId);
        try {
            java.util.concurrent.CompletableFuture.runAsync(() -> inbox.process("kernel-test-transfers", EventJson.write(event),
                    envelope -> accepted.requireAcceptedCompletion(envelope, envelope.dataAs(TransferCompleted.class)))).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @Test
    void aRefusedEventIsNotRetriedButGoesStraightBackToTheMessagingLayer() {
        AtomicInteger attempts = new AtomicInteger();
        String message = EventJson.write(reviewed(UUID.randomUUID(), UUID.randomUUID(), TransferDecision.ACCEPTED));

        assertThatThrownBy(() -> inbox.process("kernel-test-refused", message, event -> {
            attempts.incrementAndGet();
            throw new RefusedEventException("refused for the test");
        })).isInstanceOf(RefusedEventException.class);

        assertThat(attempts).hasValue(1);
    }

    private void review(UUID transfer, UUID caseId, TransferDecision decision) {
        inbox.process("kernel-test-transfers", EventJson.write(reviewed(transfer, caseId, decision)),
                accepted::recordIfAccepted);
    }

    private void require(UUID transfer, TransferKind kind, UUID caseId, String home, String receiving) {
        inbox.process("kernel-test-transfers", EventJson.write(reviewed(UUID.randomUUID(), caseId, TransferDecision.STAYED)),
                event -> accepted.requireAccepted(transfer, kind, caseId, home, receiving));
    }

    private static EventEnvelope reviewed(UUID transfer, UUID caseId, TransferDecision decision) {
        return EventEnvelope.wrap(new TransferReviewed(transfer, decision, List.of("reason"), TransferKind.FULL,
                "wokingham", "reading"), "transfer-service", TestClock.now(), "wokingham", caseId);
    }
}
