package org.youthjustice.kernel.sample;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.kernel.inbox.Inbox;

/** The sample consumer: counts case.opened deliveries, and applies each event once through the inbox. */
@ApplicationScoped
public class NoteConsumer {
    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    /** The events this consumer applies: the inbox passes over the rest. */
    public static final Set<EventType> APPLIED = EnumSet.of(EventType.CASE_OPENED);

    private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<UUID, Long> transactions = new ConcurrentHashMap<>();

    @Incoming("orders-in")
    @Blocking
    public CompletionStage<Void> onOrderEvents(KafkaRecordBatch<String, String> messages) {
        // counted before the inbox, so a test sees that a duplicate did arrive
        for (String message : messages.getPayload()) {
            try {
                deliveries.merge(EventJson.read(message).caseId(), 1, Integer::sum);
            } catch (RuntimeException malformed) {
                // the inbox rejects it below, and the message goes to the dead-letter topic
            }
        }
        return inbox.process("kernel-test", messages, APPLIED, this::apply);
    }

    /** The effect: a case.opened seen once more, in the transaction it records; test hooks make it fail. */
    public void apply(EventEnvelope event) {
        if (!EventType.CASE_OPENED.wireName().equals(event.type())) {
            return;
        }
        CaseOpened opened = event.dataAs(CaseOpened.class);
        int attempt = attempts.merge(opened.caseId(), 1, Integer::sum);
        // test hooks: a reference that makes the effect fail always, or on its first attempt only
        if (opened.localCaseReference().equals("FAIL-ALWAYS")
                || (opened.localCaseReference().equals("FAIL-ONCE") && attempt == 1)) {
            throw new IllegalStateException("effect failed on attempt " + attempt);
        }
        CaseOpenedSeen seen = entityManager.find(CaseOpenedSeen.class, opened.caseId());
        if (seen == null) {
            seen = new CaseOpenedSeen();
            seen.caseId = opened.caseId();
            entityManager.persist(seen);
        }
        seen.applied++;
        transactions.put(opened.caseId(),
                ((Number) entityManager.createNativeQuery("select txid_current()").getSingleResult()).longValue());
    }

    /** The PostgreSQL transaction that last applied the case's case.opened. */
    public long transactionOf(UUID caseId) {
        return transactions.get(caseId);
    }

    public int attemptsOf(UUID caseId) {
        return attempts.getOrDefault(caseId, 0);
    }

    public int deliveriesOf(UUID caseId) {
        return deliveries.getOrDefault(caseId, 0);
    }
}
