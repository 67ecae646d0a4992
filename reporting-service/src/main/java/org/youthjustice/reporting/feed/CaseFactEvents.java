package org.youthjustice.reporting.feed;

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
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.reporting.evidence.CaseFactRules;
import org.youthjustice.reporting.evidence.CaseFacts;

/**
 * allocation-service's and compliance-service's events as facts of the inspection evidence, applied once each through
 * the inbox: who supervises the child (EventType.CASE_ALLOCATED), and attendance and enforcement
 * (APPOINTMENT_MISSED, ABSENCE_JUDGED, WARNING_ISSUED, COMPLIANCE_MEETING_SCHEDULED, BREACH_INITIATED,
 * ENFORCEMENT_STARTED, ENFORCEMENT_FINISHED; {@link CaseFactRules} says which fact each is), and compliance's time
 * limits (COMPLIANCE_TIME_LIMIT_CHANGED, {@link TimeLimitEvents}). The other events of the two topics change nothing
 * here.
 */
@ApplicationScoped
public class CaseFactEvents {

    @Inject
    Inbox inbox;

    @Inject
    CaseFacts caseFacts;

    @Inject
    TimeLimitEvents timeLimits;

    /** The events of the two topics this consumer applies (facts and time limits); the inbox passes over the others. */
    static final Set<EventType> APPLIED = union(CaseFactRules.TYPES, TimeLimitEvents.TYPES);

    @Incoming("allocations")
    @Blocking
    public CompletionStage<Void> onAllocationEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(OrderEvents.CONSUMER, messages, APPLIED, this::apply);
    }

    @Incoming("compliance")
    @Blocking
    public CompletionStage<Void> onComplianceEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(OrderEvents.CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!timeLimits.applied(event)) {
            CaseFactRules.of(event).ifPresent(caseFacts::record);
        }
    }

    static Set<EventType> union(Set<EventType> some, Set<EventType> others) {
        Set<EventType> both = EnumSet.copyOf(some);
        both.addAll(others);
        return both;
    }
}
