package org.youthjustice.compliance.supervision;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.outbox.Outbox;

/**
 * What compliance needs to know of cases, from order-service's and allocation-service's events, applied
 * once each through the inbox within the event's authority. Events of one case arrive in order on their
 * topic, but the two topics are not ordered with each other: whichever names a case first creates it.
 */
@ApplicationScoped
public class SupervisionEvents {
    /** The service's one consumer name in the inbox, for every topic it reads (the transfers' consumer too). */
    public static final String CONSUMER = "compliance-service";
    private static final String CASE_MANAGER = "case-manager";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    SupervisedCases cases;

    @Inject
    TimeLimitEvents timeLimits;

    /** The events of the orders topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> ORDER_EVENTS = EnumSet.of(EventType.CASE_OPENED, EventType.ORDER_MADE,
            EventType.ORDER_VARIED, EventType.ORDER_REVOKED, EventType.ORDER_COMPLETED, EventType.RISK_ASSESSED);

    /** The events of the allocations topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> ALLOCATION_EVENTS = EnumSet.of(EventType.CASE_ALLOCATED, EventType.CASE_REALLOCATED,
            EventType.CASE_CO_ALLOCATED, EventType.INTERNAL_TRANSFER_COMPLETED);

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
        if (type == EventType.CASE_OPENED) {
            cases.opened(event.caseId(), event.dataAs(CaseOpened.class).localCaseReference());
        } else if (type == EventType.ORDER_MADE) {
            made(event, event.dataAs(OrderMade.class));
        } else if (type == EventType.ORDER_VARIED) {
            OrderVaried varied = event.dataAs(OrderVaried.class);
            SupervisedOrder order = order(varied.orderId(), event);
            // the court may extend or shorten the order: appointments and contact follow its new end
            if (varied.endDate() != null) {
                order.endDate = varied.endDate();
            }
        } else if (type == EventType.ORDER_REVOKED) {
            OrderRevoked revoked = event.dataAs(OrderRevoked.class);
            ended(order(revoked.orderId(), event), SupervisedOrder.Status.REVOKED, revoked.date());
        } else if (type == EventType.ORDER_COMPLETED) {
            OrderCompleted completed = event.dataAs(OrderCompleted.class);
            ended(order(completed.orderId(), event), SupervisedOrder.Status.COMPLETED, completed.date());
        } else if (type == EventType.RISK_ASSESSED) {
            cases.known(event.caseId()).scaledApproach = event.dataAs(RiskAssessed.class).scaledApproach();
        }
    }

    private void made(EventEnvelope event, OrderMade made) {
        SupervisedCase childCase = cases.known(event.caseId());
        if (entityManager.find(SupervisedOrder.class, made.orderId()) != null) {
            return;
        }
        SupervisedOrder order = new SupervisedOrder();
        order.id = made.orderId();
        order.caseId = childCase.id;
        order.orderType = made.orderType();
        order.outOfCourt = made.outOfCourt();
        order.startDate = made.startDate();
        order.endDate = made.endDate();
        order.team = made.team();
        order.status = SupervisedOrder.Status.IN_FORCE;
        entityManager.persist(order);
        if (made.scaledApproach() != null && childCase.scaledApproach == null) {
            childCase.scaledApproach = made.scaledApproach();
        }
    }

    private SupervisedOrder order(UUID orderId, EventEnvelope event) {
        SupervisedOrder order = entityManager.find(SupervisedOrder.class, orderId);
        if (order == null) {
            cases.refuseIfTransferredOut(event.caseId());
            // order.made precedes its changes on the case's partition: this is a fault, for the dead-letter topic
            throw new IllegalStateException(event.type() + " for order " + orderId + ", which " + event.authority()
                    + " has not made");
        }
        return order;
    }

    /** An order that ends ends its enforcement too (CMP-10): transfer-service and allocation-service are told. */
    private void ended(SupervisedOrder order, SupervisedOrder.Status status, LocalDate on) {
        if (order.status != SupervisedOrder.Status.IN_FORCE) {
            return;
        }
        order.status = status;
        order.endedOn = on;
        if (order.enforcementSince != null) {
            order.enforcementSince = null;
            outbox.record(new EnforcementFinished(order.id, "order " + status.name().toLowerCase() + " on " + on), order.caseId);
        }
    }

    void applyAllocationEvent(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.CASE_ALLOCATED) {
            CaseAllocated decision = event.dataAs(CaseAllocated.class);
            holdNow(cases.known(decision.caseId()), decision.caseManager().workerId(), decision.caseManager().team(),
                    decision.coWorkers(), decision.allocatedAt());
        } else if (type == EventType.CASE_REALLOCATED || type == EventType.CASE_CO_ALLOCATED) {
            List<AllocatedWorker> workers = type == EventType.CASE_REALLOCATED
                    ? event.dataAs(CaseReallocated.class).workers() : event.dataAs(CaseCoAllocated.class).workers();
            SupervisedCase childCase = cases.known(event.caseId());
            UUID caseManager = workers.stream().filter(w -> CASE_MANAGER.equals(w.role())).map(AllocatedWorker::workerId)
                    .findFirst().orElse(childCase.caseManager);
            holdNow(childCase, caseManager, childCase.team,
                    // a restorative justice worker works with the victim, not on the child's compliance (ALC-11)
                    workers.stream().filter(w -> !Objects.equals(caseManager, w.workerId()) && !"rj-worker".equals(w.role())).toList(),
                    event.time());
        } else if (type == EventType.INTERNAL_TRANSFER_COMPLETED) {
            // ALC-10: the case moved to another locality team at its three-way meeting; its co-workers stay on it
            InternalTransferCompleted transfer = event.dataAs(InternalTransferCompleted.class);
            SupervisedCase childCase = cases.known(event.caseId());
            List<AllocatedWorker> coWorkers = childCase.coWorkers == null ? List.of()
                    : java.util.Arrays.stream(childCase.coWorkers).map(id -> new AllocatedWorker(id, "co-worker")).toList();
            holdNow(childCase, transfer.caseManager().workerId(), transfer.toTeam(), coWorkers, event.time());
        }
    }

    /**
     * The latest decision holds the case; one that arrives after a later one changes nothing. A new case manager or
     * team takes the case's open time limits with them.
     */
    private void holdNow(SupervisedCase childCase, UUID caseManager, String team, List<AllocatedWorker> coWorkers,
            java.time.Instant decidedAt) {
        if (childCase.allocatedAt != null && childCase.allocatedAt.isAfter(decidedAt)) {
            return;
        }
        if (!Objects.equals(childCase.caseManager, caseManager) || !Objects.equals(childCase.team, team)) {
            timeLimits.holderChanged(childCase.id, team, caseManager);
        }
        childCase.caseManager = caseManager;
        childCase.team = team;
        childCase.coWorkers = coWorkers == null ? new UUID[0]
                : coWorkers.stream().map(AllocatedWorker::workerId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        childCase.allocatedAt = decidedAt;
    }
}
