package org.youthjustice.allocation.requests;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.coallocation.CoAllocations;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.InterventionReferralAccepted;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * order-service's events as allocation needs them, applied once each through the inbox within the
 * event's authority: a case's rule inputs (case.opened, order.made), its risk (risk.assessed: the
 * proposal's ALC-5 and the weight of the case in its workers' caseloads), and the requests for a worker:
 * an order, in the team order-service routed it to (ORD-15); a PSR or Crown Court tracking (MIL-14) asked
 * for at a hearing; an accepted intervention referral (MIL-15), in the team it names. Each is announced as
 * {@code allocation.requested}.
 */
@ApplicationScoped
public class OrderEvents {
    static final String CONSUMER = "allocation-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    NewRequests newRequests;

    @Inject
    CourtTeamConfig courtTeams;

    @Inject
    CoAllocations coAllocations;

    @Inject
    Event<CaseReassessed> reassessed;

    /** The events of the orders topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.CASE_OPENED, EventType.ORDER_MADE,
            EventType.COURT_OUTCOME_RECORDED, EventType.INTERVENTION_REFERRAL_ACCEPTED, EventType.RISK_ASSESSED);

    @Incoming("orders")
    @Blocking
    public CompletionStage<Void> onOrderEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.CASE_OPENED) {
            opened(event.caseId(), event.dataAs(CaseOpened.class));
        } else if (type == EventType.ORDER_MADE) {
            made(event, event.dataAs(OrderMade.class));
        } else if (type == EventType.COURT_OUTCOME_RECORDED) {
            CourtOutcomeRecorded outcome = event.dataAs(CourtOutcomeRecorded.class);
            if (outcome.outcome() == CourtOutcome.ADJOURNED_FOR_PSR) {
                courtWork(event, AllocationKind.PSR, "ALC-request");
            } else if (outcome.outcome() == CourtOutcome.COMMITTED_TO_CROWN_COURT) {
                // MIL-14: a case manager within 48 hours of the first appearance
                courtWork(event, AllocationKind.CROWN_COURT_TRACKING, "MIL-14-allocation");
            }
        } else if (type == EventType.INTERVENTION_REFERRAL_ACCEPTED) {
            InterventionReferralAccepted accepted = event.dataAs(InterventionReferralAccepted.class);
            boolean requested = !entityManager.createQuery("select r.id from AllocationRequest r where r.referralId = :referral",
                    UUID.class).setParameter("referral", accepted.referralId()).getResultList().isEmpty();
            if (!requested) {
                AllocationRequest request = request(event, caseOf(event.caseId()), AllocationKind.INTERVENTION_REFERRAL,
                        "intervention-referral", accepted.team(), "ALC-request");
                request.referralId = accepted.referralId();
                persist(request);
            }
        } else if (type == EventType.RISK_ASSESSED) {
            RiskAssessed assessed = event.dataAs(RiskAssessed.class);
            ChildCase childCase = caseOf(event.caseId());
            childCase.rosh = assessed.rosh();
            childCase.saw = assessed.saw();
            childCase.mappaLevel = assessed.mappa() == null ? null : assessed.mappa().level();
            // those above that keep the case's risk react, in this transaction: the internal transfers (ALC-10: a transfer
            // not yet allocated waits for MAPPA's endorsement if the child is now at level 2 or 3)
            reassessed.fire(new CaseReassessed(childCase.id, childCase.rosh, childCase.saw, childCase.mappaLevel));
            // the case weighs by its new risk in the caseloads of those who hold it (ALC-1)
            entityManager.createQuery("from HeldCase where caseId = :case and heldUntil is null", HeldCase.class)
                    .setParameter("case", childCase.id).getResultStream().forEach(held -> {
                        held.rosh = assessed.rosh();
                        held.saw = assessed.saw();
                    });
            // ALC-6: high risk on a case held by a Band A worker or YJSO needs an accountable co-worker
            coAllocations.reassessed(childCase.id, assessed.rosh(), assessed.saw());
        }
    }

    private void made(EventEnvelope event, OrderMade made) {
        ChildCase childCase = caseOf(event.caseId());
        childCase.genderIdentity = made.genderIdentity();
        childCase.lookedAfter = made.lookedAfter();
        if (made.riskLevels() != null) {
            childCase.rosh = made.riskLevels().rosh();
            childCase.saw = made.riskLevels().saw();
        }
        boolean requested = !entityManager.createQuery("select r.id from AllocationRequest r where r.orderId = :order", UUID.class)
                .setParameter("order", made.orderId()).getResultList().isEmpty();
        if (requested) {
            return;
        }
        AllocationRequest request = request(event, childCase, AllocationKind.ORDER, wireName(made.orderType()), made.team(),
                "ALC-request");
        request.orderId = made.orderId();
        persist(request);
    }

    /**
     * A PSR or Crown Court tracking: in the team that holds the child, else the authority's court team; one
     * open request of a kind per case (a second adjournment for the same report asks nothing new).
     */
    private void courtWork(EventEnvelope event, AllocationKind kind, String timeLimit) {
        ChildCase childCase = caseOf(event.caseId());
        boolean open = !entityManager.createQuery("select r.id from AllocationRequest r where r.caseId = :case and r.kind = :kind "
                        + "and r.status = :open", UUID.class)
                .setParameter("case", childCase.id).setParameter("kind", kind).setParameter("open", AllocationRequest.Status.OPEN)
                .getResultList().isEmpty();
        if (open) {
            return;
        }
        String team = childCase.team != null ? childCase.team
                : courtTeams.authorities().getOrDefault(tenantContext.requireAuthority(), courtTeams.defaultTeam());
        persist(request(event, childCase, kind, wireName(kind), team, timeLimit));
    }

    private AllocationRequest request(EventEnvelope event, ChildCase childCase, AllocationKind kind, String caseKind, String team,
            String timeLimit) {
        return newRequests.of(childCase.id, kind, caseKind, team, timeLimit, event.time());
    }

    private void persist(AllocationRequest request) {
        newRequests.open(request);
    }

    /** An enum's wire name as the events spell it: YOUTH_REHABILITATION_ORDER → youth-rehabilitation-order. */
    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * case.opened: the case's rule inputs in one statement, a new case's row written whole, a case that another event
     * named first brought up to date. It is the first event of every case, so what a backlog of new cases is made of:
     * one round trip where {@link #caseOf} and an update took three (P4).
     */
    private void opened(UUID caseId, CaseOpened opened) {
        int written = entityManager.createNativeQuery("""
                        insert into child_case (id, authority, reference, gender_identity, looked_after, locality)
                        values (:id, :authority, cast(:reference as text), cast(:gender as text), :lookedAfter, cast(:locality as text))
                        on conflict (id) do update set reference = excluded.reference, gender_identity = excluded.gender_identity,
                            looked_after = excluded.looked_after, locality = excluded.locality, version = child_case.version + 1
                        where child_case.authority = excluded.authority""")
                .setParameter("id", caseId).setParameter("authority", tenantContext.requireAuthority())
                .setParameter("reference", opened.localCaseReference()).setParameter("gender", opened.genderIdentity())
                .setParameter("lookedAfter", opened.lookedAfter()).setParameter("locality", opened.locality())
                .executeUpdate();
        if (written == 0) {
            caseOf(caseId); // the row is another authority's: refused there, with the reason, as every event of the case is
        }
    }

    /** The case, made known by whichever event names it first; inserted unless it exists, never twice. */
    private ChildCase caseOf(UUID caseId) {
        entityManager.createNativeQuery("insert into child_case (id, authority) values (:id, :authority) on conflict (id) do nothing")
                .setParameter("id", caseId).setParameter("authority", tenantContext.requireAuthority()).executeUpdate();
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        if (childCase == null) {
            throw new IllegalStateException("case " + caseId + " belongs to another authority than " + tenantContext.requireAuthority());
        }
        return childCase;
    }
}
