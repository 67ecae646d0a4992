package org.youthjustice.allocation.requests;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.allocations.AllocationKind;
import org.youthjustice.events.allocations.AllocationRequested;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * order-service's events as allocation needs them, applied once each through the inbox within the
 * event's authority: a case's rule inputs (case.opened, order.made), its risk (risk.assessed: the
 * proposal's ALC-5 and the weight of the case in its workers' caseloads), and the request for a case
 * manager an order brings, in the team order-service routed it to (ORD-15), announced as
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
    Outbox outbox;

    @Inject
    TenantContext tenantContext;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Incoming("orders")
    @Blocking
    public void onOrderEvent(String message) {
        inbox.process(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.CASE_OPENED) {
            CaseOpened opened = event.dataAs(CaseOpened.class);
            ChildCase childCase = caseOf(event.caseId());
            childCase.reference = opened.localCaseReference();
            childCase.genderIdentity = opened.genderIdentity();
            childCase.lookedAfter = opened.lookedAfter();
            childCase.locality = opened.locality();
        } else if (type == EventType.ORDER_MADE) {
            made(event, event.dataAs(OrderMade.class));
        } else if (type == EventType.RISK_ASSESSED) {
            RiskAssessed assessed = event.dataAs(RiskAssessed.class);
            ChildCase childCase = caseOf(event.caseId());
            childCase.rosh = assessed.rosh();
            childCase.saw = assessed.saw();
            // the case weighs by its new risk in the caseloads of those who hold it (ALC-1)
            entityManager.createQuery("from HeldCase where caseId = :case and heldUntil is null", HeldCase.class)
                    .setParameter("case", childCase.id).getResultStream().forEach(held -> {
                        held.rosh = assessed.rosh();
                        held.saw = assessed.saw();
                    });
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
        Instant now = Instant.now();
        Deadline due = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), "ALC-request", event.time());
        AllocationRequest request = new AllocationRequest();
        request.id = UUID.randomUUID();
        request.caseId = childCase.id;
        request.kind = AllocationKind.ORDER;
        request.orderId = made.orderId();
        request.caseKind = wireName(made.orderType());
        request.team = made.team();
        request.dueDate = due.dueDate();
        request.dueAt = due.dueAt();
        request.policyVersion = due.policyVersion();
        request.status = AllocationRequest.Status.OPEN;
        request.requestedAt = now;
        entityManager.persist(request);
        outbox.record(new AllocationRequested(request.id, request.kind, request.team, request.dueAt), childCase.id);
    }

    static String wireName(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
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
