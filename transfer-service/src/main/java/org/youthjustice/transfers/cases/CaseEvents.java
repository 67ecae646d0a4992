package org.youthjustice.transfers.cases;

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
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.inbox.RefusedEventException;

/**
 * order-service's cases as transfers see them: {@code case.opened} on {@code yj.orders.v1}, applied once
 * through the inbox, records the case as held by the event's authority. Nothing else of the order record crosses
 * into transfer-service; the other events of the topic change nothing here. A case moves to another authority only
 * by a full transfer completed here ({@code completion.Completions}), not by any event read.
 *
 * <p>The event arrives a moment after order-service opened the case: until then the case is unknown here, and a
 * transfer of it is answered 404 like another authority's case.
 */
@ApplicationScoped
public class CaseEvents {
    /** The service's one consumer name in the inbox, for every topic it reads. */
    static final String CONSUMER = "transfer-service";

    @Inject
    Inbox inbox;

    @Inject
    HeldCases cases;

    /** The events of the orders topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.CASE_OPENED);

    @Incoming("orders")
    @Blocking
    public CompletionStage<Void> onOrderEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventType.CASE_OPENED.wireName().equals(event.type())) {
            CaseOpened opened = event.dataAs(CaseOpened.class);
            if (opened.caseId() != null && !opened.caseId().equals(event.caseId())) {
                throw new RefusedEventException("case.opened " + event.id() + " names case " + opened.caseId()
                        + " in its data and case " + event.caseId() + " in its envelope: refused");
            }
            cases.opened(event.caseId(), event.authority(), event.time());
        }
    }
}
