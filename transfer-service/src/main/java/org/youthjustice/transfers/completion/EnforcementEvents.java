package org.youthjustice.transfers.completion;

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

/**
 * compliance-service's enforcement steps as transfers see them (TRF-12, CMP-10): which orders of which case have
 * enforcement under way, in the authority enforcing them, from {@code enforcement.started} until its
 * {@code enforcement.finished}. Nothing else of the compliance record crosses into transfer-service.
 */
@ApplicationScoped
public class EnforcementEvents {
    static final String CONSUMER = "transfer-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    /** The events of the compliance topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.ENFORCEMENT_STARTED, EventType.ENFORCEMENT_FINISHED);

    @Incoming("compliance")
    @Blocking
    public CompletionStage<Void> onComplianceEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventType.ENFORCEMENT_STARTED.wireName().equals(event.type())) {
            EnforcementStarted started = event.dataAs(EnforcementStarted.class);
            entityManager.createNativeQuery("""
                            insert into enforcement_in_progress (authority, case_id, order_id, reason, started_at)
                            values (:authority, :case, :order, :reason, :at)
                            on conflict (authority, case_id, order_id) do update set reason = excluded.reason""")
                    .setParameter("authority", event.authority()).setParameter("case", event.caseId())
                    .setParameter("order", started.orderId()).setParameter("reason", started.reason())
                    .setParameter("at", event.time()).executeUpdate();
        } else if (EventType.ENFORCEMENT_FINISHED.wireName().equals(event.type())) {
            EnforcementFinished finished = event.dataAs(EnforcementFinished.class);
            entityManager.createNativeQuery("""
                            delete from enforcement_in_progress where authority = :authority and case_id = :case and order_id = :order""")
                    .setParameter("authority", event.authority()).setParameter("case", event.caseId())
                    .setParameter("order", finished.orderId()).executeUpdate();
        }
    }
}
