package org.youthjustice.allocation.internaltransfer;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * compliance-service's enforcement.started / enforcement.finished, applied once each through the inbox
 * within the event's authority: which orders of a case are under enforcement, which an internal transfer
 * waits for (ALC-10, Nottinghamshire §11.7: "any enforcement action should be completed prior to transfer").
 * compliance's other events mean nothing to allocation.
 */
@ApplicationScoped
public class EnforcementEvents {
    static final String CONSUMER = "allocation-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    /** The events of the compliance topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.ENFORCEMENT_STARTED, EventType.ENFORCEMENT_FINISHED);

    @Incoming("compliance")
    @Blocking
    public CompletionStage<Void> onComplianceEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.ENFORCEMENT_STARTED) {
            EnforcementStarted started = event.dataAs(EnforcementStarted.class);
            entityManager.createNativeQuery("""
                            insert into enforcement_under_way (order_id, authority, case_id, reason, since)
                            values (:order, :authority, :case, :reason, :since) on conflict (order_id) do nothing""")
                    .setParameter("order", started.orderId()).setParameter("authority", tenantContext.requireAuthority())
                    .setParameter("case", event.caseId()).setParameter("reason", started.reason())
                    .setParameter("since", event.time()).executeUpdate();
        } else if (type == EventType.ENFORCEMENT_FINISHED) {
            EnforcementFinished finished = event.dataAs(EnforcementFinished.class);
            entityManager.createQuery("delete from EnforcementUnderWay where orderId = :order")
                    .setParameter("order", finished.orderId()).executeUpdate();
        }
    }
}
