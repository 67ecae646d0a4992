package org.youthjustice.kernel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Records an outgoing event in the same transaction as the state change it announces (no dual
 * write): if the transaction rolls back, the event was never announced; if it commits, the
 * {@link OutboxRelay} publishes it, however long Kafka is away.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager entityManager;

    @Inject
    TenantContext tenantContext;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @Inject
    Clock clock;

    /** Records an event of the current unit of work's authority about case {@code caseId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(EventData data, UUID caseId) {
        return record(data, caseId, tenantContext.requireAuthority());
    }

    /**
     * Records an event addressed to {@code authority}: only for cross-authority events (a transfer
     * names the receiving authority, EVENTS.md), where the acting side is not the one that acts on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope record(EventData data, UUID caseId, String authority) {
        EventEnvelope envelope = EventEnvelope.wrap(data, source, clock.instant(), authority, caseId);
        OutboxMessage message = new OutboxMessage();
        message.id = envelope.id();
        message.topic = EventType.of(data.getClass()).topic();
        // key = case id: one case's events stay in one partition, in order
        message.messageKey = caseId.toString();
        message.type = envelope.type();
        message.authority = authority;
        message.payload = EventJson.write(envelope);
        message.createdAt = envelope.time();
        entityManager.persist(message);
        return envelope;
    }
}
