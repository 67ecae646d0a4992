package org.youthjustice.orders.courtlistings;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.orders.CourtListingDue;
import org.youthjustice.events.orders.ListingReason;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.sentencing.CourtOrder;

/**
 * Court listing deadlines. A breach initiated by compliance-service ({@code breach.initiated}) is to be
 * listed in court within 2 weeks, sooner where risk or safeguarding concerns are flagged (CMP-7); the
 * listing is a milestone of the case plan (due lists, overdue announcements) and is announced as
 * {@code court-listing.due}. The hearing's outcome about the order meets it.
 */
@ApplicationScoped
public class CourtListings {
    static final String CONSUMER = "order-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** The events of the compliance topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.BREACH_INITIATED);

    @Incoming("compliance")
    @Blocking
    public CompletionStage<Void> onComplianceEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventType.BREACH_INITIATED.wireName().equals(event.type())) {
            breachInitiated(event.dataAs(BreachInitiated.class));
        }
    }

    private void breachInitiated(BreachInitiated breach) {
        CourtOrder order = entityManager.find(CourtOrder.class, breach.orderId());
        if (order == null) {
            // compliance-service knows orders only from order.made: an unknown one is a fault to look into
            throw new IllegalStateException("breach.initiated for order " + breach.orderId() + ", which this authority does not have");
        }
        Step step = breach.riskFlag() ? Step.BREACH_LISTING_AT_RISK : Step.BREACH_LISTING;
        if (!casePlan.open(order.caseId, List.of(step)).isEmpty()) {
            return; // this order's breach is already waiting for its hearing
        }
        Milestone listing = casePlan.start(step, breach.initiatedAt(), order.caseId, order.id);
        outbox.record(new CourtListingDue(listing.id, ListingReason.BREACH, listing.dueDate), order.caseId);
        audit.record("court-listing.due", "case", order.caseId, "breach " + breach.breachId() + " initiated");
    }
}
