package org.youthjustice.reporting.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.reporting.timeliness.TimeLimits;

/**
 * The time limits the other services publish in the one shape of {@link TimeLimitState} (compliance-service's
 * {@code compliance-time-limit.changed}, and any context's to come): each event says how the time limit stands now, so
 * it replaces the row, whatever came before it. order-service's milestones have their own events ({@link OrderEvents}).
 */
@ApplicationScoped
class TimeLimitEvents {

    @Inject
    TimeLimits timeLimits;

    /** Applies {@code event} if it is a time limit's; false for any other event. */
    boolean applied(EventEnvelope event) {
        Optional<Class<? extends EventData>> type = event.knownType().map(EventType::recordClass)
                .filter(TimeLimitState.class::isAssignableFrom);
        if (type.isEmpty()) {
            return false;
        }
        TimeLimitState limit = (TimeLimitState) event.dataAs(type.get());
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
