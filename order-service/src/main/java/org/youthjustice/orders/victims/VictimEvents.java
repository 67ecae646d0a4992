package org.youthjustice.orders.victims;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.victims.VictimRiskFlagged;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.orders.cases.ChildCase;

/**
 * victim-service's flags (VIC-5): a risk to a specific victim shows on the case for its case manager as a
 * flag, without any victim's details, which never leave victim-service (VIC-4). The same flag twice is one.
 */
@ApplicationScoped
public class VictimEvents {
    static final String CONSUMER = "order-service";

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    /** The events of the victims topic this consumer applies; the inbox passes over the others unrecorded. */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.VICTIM_RISK_FLAGGED);

    @Incoming("victims")
    @Blocking
    public CompletionStage<Void> onVictimEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (!EventType.VICTIM_RISK_FLAGGED.wireName().equals(event.type())) {
            return; // consent and contact are allocation's and victim-service's business
        }
        VictimRiskFlagged flagged = event.dataAs(VictimRiskFlagged.class);
        if (entityManager.find(ChildCase.class, flagged.caseId()) == null) {
            throw new IllegalStateException("victim-risk.flagged for case " + flagged.caseId() + ", which " + event.authority()
                    + " does not have");
        }
        if (!of(flagged.caseId()).stream().filter(f -> f.flag.equals(flagged.flag())).toList().isEmpty()) {
            return;
        }
        VictimRiskFlag flag = new VictimRiskFlag();
        flag.id = UUID.randomUUID();
        flag.caseId = flagged.caseId();
        flag.flag = flagged.flag();
        flag.flaggedAt = event.time();
        entityManager.persist(flag);
        audit.record("case.victim-risk-flagged", "case", flagged.caseId(), flagged.flag());
    }

    public List<VictimRiskFlag> of(UUID caseId) {
        return entityManager.createQuery("from VictimRiskFlag where caseId = :id order by flaggedAt", VictimRiskFlag.class)
                .setParameter("id", caseId).getResultList();
    }
}
