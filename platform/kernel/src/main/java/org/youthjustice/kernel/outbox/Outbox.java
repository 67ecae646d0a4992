package org.youthjustice.kernel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Off only to measure the poll-only relay as the benchmark's baseline (P3): every hop then waits for a poll. */
    @ConfigProperty(name = "yj.outbox.wake-on-commit", defaultValue = "true")
    boolean wakeOnCommit;

    private static final Object WAKE_RELAY = new Object();

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
        if (wakeOnCommit) {
            wakeRelayAfterCommit();
        }
        return envelope;
    }

    /**
     * The relay sends the event as soon as the transaction commits, not at its next poll (each hop of a flow, court
     * outcome to allocation to the case manager on the case, would otherwise wait up to a poll interval). An
     * after-commit callback in this service rather than PostgreSQL's LISTEN/NOTIFY: the replica that committed is
     * the one that knows, and the poll remains the safety net for the rest. Once per transaction.
     */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKE_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
