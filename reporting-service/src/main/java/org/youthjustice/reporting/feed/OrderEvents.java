package org.youthjustice.reporting.feed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneNotApplicable;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.reporting.evidence.CaseFactRules;
import org.youthjustice.reporting.evidence.CaseFacts;
import org.youthjustice.reporting.timeliness.TimeLimits;

/**
 * order-service's events, applied once each through the inbox (the read model's change in the same transaction): the
 * case plan's {@code milestone.set}, {@code milestone.met} and {@code milestone.not-applicable} keep the time limits of
 * the timeliness figures; {@code order.made} and {@code risk.assessed} are facts of the inspection evidence. The
 * authority is the envelope's: the one holding the case as the event was written. The other events of the topic
 * change nothing here.
 */
@ApplicationScoped
public class OrderEvents {
    /** The service's one consumer name in the inbox, for every topic it reads. */
    static final String CONSUMER = "reporting-service";
    static final String SOURCE = "order-service";

    @Inject
    Inbox inbox;

    @Inject
    TimeLimits timeLimits;

    @Inject
    CaseFacts caseFacts;

    /**
     * The events of the orders topic this consumer applies (time limits and facts); the inbox passes over the others.
     */
    static final Set<EventType> APPLIED = CaseFactEvents.union(EnumSet.of(EventType.MILESTONE_SET, EventType.MILESTONE_MET,
            EventType.MILESTONE_NOT_APPLICABLE), CaseFactRules.TYPES);

    @Incoming("orders")
    @Blocking
    public CompletionStage<Void> onOrderEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (event.caseId() == null && event.type().startsWith("milestone.")) {
            throw new RefusedEventException(event.type() + " " + event.id() + " names no case: refused");
        }
        if (EventType.MILESTONE_SET.wireName().equals(event.type())) {
            MilestoneSet set = event.dataAs(MilestoneSet.class);
            timeLimits.set(new TimeLimits.Identity(set.milestoneId(), SOURCE, event.authority(), event.caseId(), set.rule(),
                    set.step(), set.team(), set.responsibleWorker(), set.dueDate(), set.dueAt(), event.time()));
        } else if (EventType.MILESTONE_MET.wireName().equals(event.type())) {
            MilestoneMet met = event.dataAs(MilestoneMet.class);
            timeLimits.met(new TimeLimits.Identity(met.milestoneId(), SOURCE, event.authority(), event.caseId(), met.rule(),
                    met.step(), met.team(), met.responsibleWorker(), met.dueDate(), met.dueAt(), event.time()),
                    met.completedAt(), met.onTime());
        } else if (EventType.MILESTONE_NOT_APPLICABLE.wireName().equals(event.type())) {
            MilestoneNotApplicable closed = event.dataAs(MilestoneNotApplicable.class);
            timeLimits.notApplicable(new TimeLimits.Identity(closed.milestoneId(), SOURCE, event.authority(), event.caseId(),
                    closed.rule(), closed.step(), closed.team(), null, closed.dueDate(), endOf(closed.dueDate()), event.time()),
                    closed.reason(), closed.closedAt());
        } else {
            CaseFactRules.of(event).ifPresent(caseFacts::record);
        }
    }

    /** A time limit known only by its due date (one that never applied) is due by the end of that day in the UK. */
    private static java.time.Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(Moments.UK).toInstant();
    }
}
