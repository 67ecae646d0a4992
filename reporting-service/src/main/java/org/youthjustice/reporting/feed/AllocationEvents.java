package org.youthjustice.reporting.feed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.reporting.evidence.CaseFactRules;
import org.youthjustice.reporting.evidence.CaseFacts;

/**
 * allocation-service's {@code case.allocated} (EventType.CASE_ALLOCATED): who supervises the child, a fact of the
 * inspection evidence; applied once through the inbox. The other events of the topic change nothing here.
 */
@ApplicationScoped
public class AllocationEvents {

    @Inject
    Inbox inbox;

    @Inject
    CaseFacts caseFacts;

    @Incoming("allocations")
    @Blocking
    public CompletionStage<Void> onAllocationEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(OrderEvents.CONSUMER, messages, this::apply);
    }

    void apply(EventEnvelope event) {
        CaseFactRules.of(event).ifPresent(caseFacts::record);
    }
}
