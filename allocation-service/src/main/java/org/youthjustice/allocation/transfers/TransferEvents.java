package org.youthjustice.allocation.transfers;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.transfers.AcceptedTransfers;

/**
 * transfer-service's events (yj.transfers.v1) as allocation follows them, applied once each through the inbox
 * within the event's authority. Every {@code transfer.reviewed} that accepted a transfer goes into the kernel's
 * ledger of accepted transfers. A {@code transfer.completed} (TRF-1), addressed to the receiving authority,
 * moves the case there, where it waits for a case manager, and closes whatever held it in the home authority
 * ({@link CaseTransfers}); one with no accepted full transfer of that case between those authorities behind it
 * is refused, and goes with the reason to the dead-letter topic, having changed nothing. Caretaking
 * leaves the case and its case manager with the home authority (TRF-14): a {@code caretaking.started} is
 * checked against the ledger the same way, and changes nothing here; the other events are read and passed over.
 */
@ApplicationScoped
public class TransferEvents {
    static final String CONSUMER = "allocation-service";

    @Inject
    Inbox inbox;

    @Inject
    AcceptedTransfers acceptedTransfers;

    @Inject
    CaseTransfers caseTransfers;

    /**
     * The events of the transfers topic (transfer.reviewed for the accepted transfers' ledger) this consumer applies;
     * the inbox passes over the others unrecorded.
     */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.TRANSFER_REVIEWED, EventType.TRANSFER_COMPLETED,
            EventType.CARETAKING_STARTED);

    @Incoming("transfers")
    @Blocking
    public CompletionStage<Void> onTransferEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        acceptedTransfers.recordIfAccepted(event);
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.TRANSFER_COMPLETED) {
            TransferCompleted completed = event.dataAs(TransferCompleted.class);
            acceptedTransfers.requireAcceptedCompletion(event, completed);
            caseTransfers.completed(completed, event.time());
        } else if (type == EventType.CARETAKING_STARTED) {
            // the envelope names the home authority, which keeps the case; the host only supervises (TRF-14)
            CaretakingStarted started = event.dataAs(CaretakingStarted.class);
            acceptedTransfers.requireAcceptedCaretaking(event, started.transferId(), started.hostAuthority());
        }
    }
}
