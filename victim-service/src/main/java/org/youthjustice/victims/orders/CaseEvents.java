package org.youthjustice.victims.orders;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseCoAllocated;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.victims.cases.TimeLimitEvents;
import org.youthjustice.victims.cases.VictimCase;
import org.youthjustice.victims.cases.VictimCases;
import org.youthjustice.victims.contact.ContactTasks;
import org.youthjustice.victims.contact.TaskPurpose;
import org.youthjustice.victims.restorative.RestorativeWork;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.Victims;

/**
 * The child's case as victims are owed news of it: the sentence starts the first contact with each consenting direct
 * victim (VIC-1, VIC-6); a variation or revocation is progress a victim taking part in a restorative process is told
 * of, and the end of the last order concludes the intervention, which they are told too (VIC-8). allocation-service
 * names the case's restorative justice worker (ALC-11), whose list the tasks then appear on, and its team; a new worker
 * or team takes the case's open time limits with them ({@link TimeLimitEvents}).
 */
@ApplicationScoped
public class CaseEvents {
    static final String CONSUMER = "victim-service";

    @Inject
    Inbox inbox;

    @Inject
    VictimCases cases;

    @Inject
    Victims victims;

    @Inject
    ContactTasks tasks;

    @Inject
    TimeLimitEvents timeLimits;

    /** The events of the orders topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> ORDER_EVENTS = EnumSet.of(EventType.CASE_OPENED, EventType.ORDER_MADE,
            EventType.ORDER_VARIED, EventType.ORDER_REVOKED, EventType.ORDER_COMPLETED);

    /** The events of the allocations topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> ALLOCATION_EVENTS = EnumSet.of(EventType.CASE_ALLOCATED, EventType.CASE_CO_ALLOCATED,
            EventType.INTERNAL_TRANSFER_COMPLETED);

    @Incoming("orders")
    @Blocking
    public CompletionStage<Void> onOrderEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, ORDER_EVENTS, this::applyOrderEvent);
    }

    @Incoming("allocations")
    @Blocking
    public CompletionStage<Void> onAllocationEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, ALLOCATION_EVENTS, this::applyAllocationEvent);
    }

    void applyOrderEvent(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case CASE_OPENED -> cases.opened(event.caseId(), event.dataAs(CaseOpened.class).localCaseReference());
            case ORDER_MADE -> sentenced(event, event.dataAs(OrderMade.class));
            case ORDER_VARIED -> progress(event.caseId(), event.time(), "the order being varied on "
                    + event.dataAs(OrderVaried.class).date());
            case ORDER_REVOKED -> {
                OrderRevoked revoked = event.dataAs(OrderRevoked.class);
                ended(event, revoked.orderId(), revoked.date(), "revoked");
            }
            case ORDER_COMPLETED -> {
                OrderCompleted completed = event.dataAs(OrderCompleted.class);
                ended(event, completed.orderId(), completed.date(), "completed");
            }
            default -> {
                // other facts of the case are not the victims' business
            }
        }
    }

    private void sentenced(EventEnvelope event, OrderMade made) {
        VictimCase victimCase = cases.known(event.caseId());
        LocalDate sentencedOn = made.sentenceDate() != null ? made.sentenceDate() : made.startDate();
        cases.orderMade(victimCase, made.orderId(), sentencedOn);
        Instant trigger = sentencedOn.atStartOfDay(Moments.UK).toInstant();
        for (Victim victim : victims.ofCase(event.caseId())) {
            tasks.openFirstContact(victim, trigger, "the sentence on " + sentencedOn);
        }
    }

    private void progress(UUID caseId, Instant at, String trigger) {
        for (Victim victim : victims.ofCase(caseId)) {
            if (RestorativeWork.takingPart(victim)) {
                tasks.openUpdate(victim, TaskPurpose.PROGRESS_UPDATE, at, trigger);
            }
        }
    }

    private void ended(EventEnvelope event, UUID orderId, LocalDate on, String how) {
        VictimCase victimCase = cases.known(event.caseId());
        boolean closed = cases.orderEnded(victimCase, orderId, on);
        if (!closed) {
            progress(event.caseId(), event.time(), "an order being " + how + " on " + on);
            return;
        }
        for (Victim victim : victims.ofCase(event.caseId())) {
            if (RestorativeWork.takingPart(victim)) {
                tasks.openUpdate(victim, TaskPurpose.CONCLUSION, event.time(), "the case's last order being " + how + " on " + on);
            }
        }
    }

    void applyAllocationEvent(EventEnvelope event) {
        if (EventType.CASE_ALLOCATED.wireName().equals(event.type())) {
            CaseAllocated allocated = event.dataAs(CaseAllocated.class);
            VictimCase victimCase = cases.known(event.caseId());
            holdNow(victimCase, allocated.caseManager() == null ? victimCase.team : allocated.caseManager().team(),
                    allocated.rjWorker() != null ? allocated.rjWorker() : victimCase.rjWorker);
        } else if (EventType.CASE_CO_ALLOCATED.wireName().equals(event.type())) {
            CaseCoAllocated coAllocated = event.dataAs(CaseCoAllocated.class);
            coAllocated.workers().stream().filter(w -> "rj-worker".equals(w.role())).map(AllocatedWorker::workerId).findFirst()
                    .ifPresent(worker -> {
                        VictimCase victimCase = cases.known(event.caseId());
                        holdNow(victimCase, victimCase.team, worker);
                    });
        } else if (EventType.INTERNAL_TRANSFER_COMPLETED.wireName().equals(event.type())) {
            // ALC-10: another locality team holds the case from its three-way meeting; its co-workers stay on it
            VictimCase victimCase = cases.known(event.caseId());
            holdNow(victimCase, event.dataAs(InternalTransferCompleted.class).toTeam(), victimCase.rjWorker);
        }
    }

    /** The case's team and restorative justice worker from now: a new one takes its open time limits with them. */
    private void holdNow(VictimCase victimCase, String team, UUID rjWorker) {
        if (!Objects.equals(victimCase.team, team) || !Objects.equals(victimCase.rjWorker, rjWorker)) {
            timeLimits.holderChanged(victimCase.caseId, team, rjWorker);
        }
        victimCase.team = team;
        victimCase.rjWorker = rjWorker;
    }
}
