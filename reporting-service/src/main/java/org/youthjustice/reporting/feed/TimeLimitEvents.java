package org.youthjustice.reporting.feed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.reporting.timeliness.TimeLimits;

/**
 * The time limits the other services publish in the one shape of {@link TimeLimitState} ({@code
 * allocation-time-limit.changed}, {@code compliance-time-limit.changed}, {@code transfer-time-limit.changed}, {@code
 * victim-time-limit.changed}): each event says how the time limit stands now, so it replaces the row, whatever came
 * before it. order-service's milestones have their own events ({@link OrderEvents}). Of transfer-service's and
 * victim-service's topics nothing else is read; allocation-service's and compliance-service's go through {@link
 * CaseFactEvents}, which also keeps their facts of the inspection evidence.
 */
@ApplicationScoped
public class TimeLimitEvents {

    @Inject
    Inbox inbox;

    @Inject
    TimeLimits timeLimits;

    @Incoming("transfers")
    @Blocking
    public CompletionStage<Void> onTransferEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(OrderEvents.CONSUMER, messages, TYPES, this::applied);
    }

    @Incoming("victims")
    @Blocking
    public CompletionStage<Void> onVictimEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(OrderEvents.CONSUMER, messages, TYPES, this::applied);
    }

    /** The time limits' event types, one per context that has them (a type has one record and one topic). */
    static final Set<EventType> TYPES = EnumSet.of(EventType.ALLOCATION_TIME_LIMIT_CHANGED,
            EventType.COMPLIANCE_TIME_LIMIT_CHANGED, EventType.TRANSFER_TIME_LIMIT_CHANGED, EventType.VICTIM_TIME_LIMIT_CHANGED);

    /** Applies {@code event} if it is a time limit's; false for any other event. */
    boolean applied(EventEnvelope event) {
        Optional<EventType> type = event.knownType().filter(TYPES::contains);
        if (type.isEmpty()) {
            return false;
        }
        TimeLimitState limit = (TimeLimitState) event.dataAs(type.get().recordClass());
        refuseIncomplete(event, limit);
        TimeLimits.Identity identity = new TimeLimits.Identity(limit.timeLimitId(), event.source(), event.authority(),
                event.caseId(), limit.rule(), limit.step(), limit.team(), limit.responsibleWorker(), limit.dueDate(),
                limit.dueAt(), event.time());
        switch (limit.status()) {
            case OPEN -> timeLimits.set(identity);
            case MET -> timeLimits.met(identity, limit.completedAt(), limit.onTime());
            case NOT_APPLICABLE -> timeLimits.notApplicable(identity, limit.reason(), limit.closedAt());
        }
        return true;
    }

    /** What its schema leaves optional but its status needs: such an event is a fault, for the dead-letter topic. */
    private static void refuseIncomplete(EventEnvelope event, TimeLimitState limit) {
        String missing = event.caseId() == null ? "a case"
                : limit.timeLimitId() == null || limit.rule() == null || limit.step() == null ? "its id, rule and step"
                : limit.dueDate() == null || limit.dueAt() == null ? "its due date and time"
                : limit.status() == null ? "a status"
                : limit.status() == TimeLimitState.Status.MET && (limit.completedAt() == null || limit.onTime() == null)
                        ? "when it was met and whether on time"
                : limit.status() == TimeLimitState.Status.NOT_APPLICABLE && (limit.reason() == null || limit.closedAt() == null)
                        ? "why and when it was closed"
                : null;
        if (missing != null) {
            throw new RefusedEventException(event.type() + " " + event.id() + " names no " + missing + ": refused");
        }
    }
}
