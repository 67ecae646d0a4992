package org.youthjustice.orders.allocation;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.referrals.InterventionReferrals;

/**
 * allocation-service's decisions as the case sees them: {@code case.allocated} names who holds the case
 * (case worker access, "my cases", who holds the milestones) and starts first contact (MIL-2);
 * {@code case.reallocated} and {@code case.co-allocated} change the workers on it; {@code internal-transfer.completed}
 * its team and case manager. Applied
 * once per event through the inbox, within the event's authority.
 */
@ApplicationScoped
public class AllocationEvents {
    static final String CONSUMER = "order-service";
    private static final String CASE_MANAGER = "case-manager";
    private static final String RJ_WORKER = "rj-worker";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

    @Inject
    AuditTrail audit;

    @Inject
    InterventionReferrals referrals;

    /** The events of the allocations topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.CASE_ALLOCATED, EventType.CASE_REALLOCATED,
            EventType.CASE_CO_ALLOCATED, EventType.INTERNAL_TRANSFER_COMPLETED);

    @Incoming("allocations")
    @Blocking
    public CompletionStage<Void> onAllocationEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventType.CASE_ALLOCATED.wireName().equals(event.type())) {
            allocated(event.dataAs(CaseAllocated.class));
        } else if (EventType.CASE_REALLOCATED.wireName().equals(event.type())) {
            CaseReallocated change = event.dataAs(CaseReallocated.class);
            workersNow(event, change.allocationId(), change.workers(), change.reason());
        } else if (EventType.CASE_CO_ALLOCATED.wireName().equals(event.type())) {
            CaseCoAllocated change = event.dataAs(CaseCoAllocated.class);
            workersNow(event, change.allocationId(), change.workers(), change.reason());
        } else if (EventType.INTERNAL_TRANSFER_COMPLETED.wireName().equals(event.type())) {
            transferred(event, event.dataAs(InternalTransferCompleted.class));
        }
    }

    /**
     * ALC-10: at the three-way meeting the case moved to another locality team: its new case manager and team
     * hold it and its open milestones from then on; its co-workers and restorative justice worker stay on it.
     */
    private void transferred(EventEnvelope event, InternalTransferCompleted transfer) {
        ChildCase childCase = caseOf(event.caseId(), event.type());
        // the current decision's restorative justice worker, if any (a null column: no stream's findFirst)
        List<UUID> current = entityManager.createQuery("select a.rjWorker from CaseAllocation a where a.caseId = :case "
                        + "order by a.allocatedAt desc", UUID.class)
                .setParameter("case", childCase.id).setMaxResults(1).getResultList();
        UUID rjWorker = current.isEmpty() ? null : current.get(0);
        hold(event, childCase, transfer.allocationId(), transfer.caseManager().workerId(), transfer.toTeam(),
                childCase.coWorkers == null ? new UUID[0] : childCase.coWorkers, rjWorker, "internal transfer from team "
                        + transfer.fromTeam() + " to " + transfer.toTeam() + " at the three-way meeting of " + transfer.formalTransferDate());
    }

    /**
     * case.reallocated and case.co-allocated name the workers now on the case with their roles: the
     * {@code case-manager} holds it, an {@code rj-worker} works with the victim, every other worker is a co-worker;
     * the team stays the case's team.
     */
    private void workersNow(EventEnvelope event, UUID allocationId, List<AllocatedWorker> workers, String reason) {
        ChildCase childCase = caseOf(event.caseId(), event.type());
        UUID caseManager = workers.stream().filter(w -> CASE_MANAGER.equals(w.role())).map(AllocatedWorker::workerId)
                .findFirst().orElse(childCase.caseManager);
        if (caseManager == null) {
            throw new IllegalStateException(event.type() + " for case " + event.caseId() + " names no case manager, and it has none");
        }
        // a restorative justice worker works with the victim, not the child's case (ALC-11): not a co-worker
        UUID[] coWorkers = coWorkers(workers.stream().filter(w -> !caseManager.equals(w.workerId()) && !RJ_WORKER.equals(w.role()))
                .toList());
        UUID rjWorker = workers.stream().filter(w -> RJ_WORKER.equals(w.role())).map(AllocatedWorker::workerId).findFirst()
                .orElse(null);
        hold(event, childCase, allocationId, caseManager, childCase.team, coWorkers, rjWorker, reason);
    }

    /**
     * A change of the workers on the case, applied once (its allocation id), in the history and as the case's holding.
     */
    private void hold(EventEnvelope event, ChildCase childCase, UUID allocationId, UUID caseManager, String team, UUID[] coWorkers,
            UUID rjWorker, String reason) {
        if (entityManager.find(CaseAllocation.class, allocationId) != null) {
            return;
        }
        CaseAllocation allocation = new CaseAllocation();
        allocation.id = allocationId;
        allocation.caseId = childCase.id;
        allocation.caseManager = caseManager;
        allocation.team = team;
        allocation.coWorkers = coWorkers;
        allocation.rjWorker = rjWorker;
        allocation.decidedBy = "allocation-service (" + event.type() + ")";
        allocation.allocatedAt = event.time(); // when it was decided: the history stays in order
        recordAndHold(childCase, allocation, event.type(), reason);
    }

    private void allocated(CaseAllocated decision) {
        ChildCase childCase = caseOf(decision.caseId(), EventType.CASE_ALLOCATED.wireName());
        if (entityManager.find(CaseAllocation.class, decision.allocationId()) != null) {
            return;
        }
        CaseAllocation allocation = new CaseAllocation();
        allocation.id = decision.allocationId();
        allocation.caseId = decision.caseId();
        allocation.orderId = decision.orderId();
        allocation.referralId = decision.referralId();
        allocation.caseManager = decision.caseManager().workerId();
        allocation.band = decision.caseManager().band();
        allocation.team = decision.caseManager().team();
        allocation.coWorkers = coWorkers(decision.coWorkers());
        allocation.rjWorker = decision.rjWorker();
        allocation.decidedBy = decision.decidedBy();
        allocation.allocatedAt = decision.allocatedAt();
        if (!recordAndHold(childCase, allocation, "case.allocated", "allocated by " + decision.decidedBy())) {
            return;
        }
        // MIL-14: a case awaiting the Crown Court has its case manager; contact with the child or family follows
        if (!casePlan.meet(childCase.id, List.of(Step.CROWN_COURT_ALLOCATION), decision.allocatedAt(),
                new Milestone.Evidence("allocation", allocation.id, null), allocation.decidedBy).met().isEmpty()) {
            casePlan.start(Step.CROWN_COURT_FIRST_CONTACT, decision.allocatedAt(), childCase.id, null);
        }
        if (decision.referralId() != null) {
            // MIL-15: the worker allocated to a specific intervention meets the child and plans the sessions
            referrals.allocated(childCase.id, decision.referralId(), decision.allocatedAt());
        }
        if (casePlan.open(childCase.id, List.of(Step.FIRST_CONTACT)).isEmpty()) {
            // MIL-2: first contact directly with the child, from the allocation
            casePlan.start(Step.FIRST_CONTACT, decision.allocatedAt(), childCase.id, decision.orderId());
        }
    }

    private ChildCase caseOf(UUID caseId, String eventType) {
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        if (childCase == null) {
            // order-service opened every case allocation-service knows of, in the same authority: this is a fault
            throw new IllegalStateException(eventType + " for case " + caseId + ", which this authority does not have");
        }
        return childCase;
    }

    /**
     * Keeps the decision in the case's history and, unless a later one arrived first, makes it the case's
     * current one: who holds the case and its open milestones.
     *
     * @return true if it is now the current decision
     */
    private boolean recordAndHold(ChildCase childCase, CaseAllocation allocation, String action, String rationale) {
        entityManager.persist(allocation);
        audit.record(action, "case", childCase.id, rationale);
        if (childCase.allocatedAt != null && childCase.allocatedAt.isAfter(allocation.allocatedAt)) {
            return false; // history only
        }
        childCase.caseManager = allocation.caseManager;
        childCase.team = allocation.team;
        childCase.coWorkers = allocation.coWorkers;
        childCase.allocatedAt = allocation.allocatedAt;
        casePlan.heldBy(childCase.id, allocation.caseManager, allocation.team);
        return true;
    }

    private static UUID[] coWorkers(List<AllocatedWorker> workers) {
        return workers == null ? new UUID[0]
                : workers.stream().map(AllocatedWorker::workerId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
    }
}
