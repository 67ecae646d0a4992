package org.youthjustice.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.MalformedEventException;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.sample.NoteConsumer;

/**
 * What one poll of Kafka brings, applied by the inbox as the services' consumers apply it: the events of one authority
 * in one transaction, each once, and a failing event alone to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(RealInfrastructure.class)
class InboxBatchTest {
    private static final String CONSUMER = "kernel-test-batch";

    @Inject
    Inbox inbox;

    @Inject
    NoteConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void aPollsEventsOfOneAuthorityAreAppliedInOneTransactionEachOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        List<String> poll = List.of(opened(first, "wokingham", "A"), opened(elsewhere, "reading", "B"),
                opened(second, "wokingham", "C"), opened(third, "wokingham", "D"));

        List<RuntimeException> failures = inbox.applyAll(CONSUMER, poll, NoteConsumer.APPLIED, consumer::apply);

        assertThat(failures).containsOnlyNulls().hasSize(4);
        assertThat(List.of(first, second, third, elsewhere)).allSatisfy(caseId -> assertThat(applied(caseId)).isEqualTo(1));
        assertThat(consumer.transactionOf(second)).isEqualTo(consumer.transactionOf(first));
        assertThat(consumer.transactionOf(third)).isEqualTo(consumer.transactionOf(first));
        // another authority's events are another unit of work, in a transaction of their own
        assertThat(consumer.transactionOf(elsewhere)).isNotEqualTo(consumer.transactionOf(first));
        assertThat(owner(elsewhere)).isEqualTo("reading");

        // the same poll again, as Kafka redelivers after a rebalance: nothing applied twice
        assertThat(inbox.applyAll(CONSUMER, poll, NoteConsumer.APPLIED, consumer::apply)).containsOnlyNulls();
        assertThat(List.of(first, second, third, elsewhere)).allSatisfy(caseId -> assertThat(applied(caseId)).isEqualTo(1));
    }

    @Test
    void anEventTwiceInOnePollIsAppliedOnceBesideTheOthersOfItsTransaction() {
        UUID twice = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String event = opened(twice, "wokingham", "E");
        List<String> poll = List.of(event, opened(other, "wokingham", "F"), event);

        assertThat(inbox.applyAll(CONSUMER, poll, NoteConsumer.APPLIED, consumer::apply)).containsOnlyNulls().hasSize(3);

        assertThat(applied(twice)).isEqualTo(1);
        assertThat(applied(other)).isEqualTo(1);
        assertThat(consumer.transactionOf(other)).isEqualTo(consumer.transactionOf(twice));
    }

    @Test
    void aFailingEventInAPollGoesToTheDeadLetterTopicAloneAndTheOthersAreApplied() {
        UUID before = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        List<String> poll = List.of(opened(before, "wokingham", "A"), opened(failing, "wokingham", "FAIL-ALWAYS"),
                "this is not an event", opened(after, "wokingham", "B"));

        List<RuntimeException> failures = inbox.applyAll(CONSUMER, poll, NoteConsumer.APPLIED, consumer::apply);

        assertThat(failures.get(0)).isNull();
        assertThat(failures.get(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("attempt 4");
        assertThat(failures.get(2)).isInstanceOf(MalformedEventException.class);
        assertThat(failures.get(3)).isNull();
        assertThat(applied(before)).isEqualTo(1);
        assertThat(applied(after)).isEqualTo(1);
        assertThat(applied(failing)).isZero();
        // once in the batch's transaction, which failed, then its three attempts alone
        assertThat(consumer.attemptsOf(failing)).isEqualTo(4);
    }

    @Test
    void eventsOfTypesTheConsumerDoesNotApplyArePassedOverWithNoInboxRecord() {
        UUID caseId = UUID.randomUUID();
        Instant now = Instant.now();
        String milestone = EventJson.write(EventEnvelope.wrap(new MilestoneMet(UUID.randomUUID(), "ORD-7", "initial-assessment",
                null, now, now, true, "court-and-bail-team", null), "order-service", now, "wokingham", caseId));
        String opened = opened(caseId, "wokingham", "A");
        EventEnvelope known = EventJson.read(opened);
        String ofANewerCatalogue = EventJson.write(new EventEnvelope(UUID.randomUUID(), "case.renamed-in-a-later-release",
                known.source(), known.time(), known.authority(), caseId, known.schemaVersion(), known.data()));
        List<String> poll = List.of(milestone, opened, ofANewerCatalogue);

        assertThat(inbox.applyAll(CONSUMER, poll, NoteConsumer.APPLIED, consumer::apply)).containsOnlyNulls().hasSize(3);

        assertThat(applied(caseId)).isEqualTo(1);
        // only the applied event is recorded: the others never reached a transaction
        assertThat(recordedTypes(caseId, poll)).containsExactly("case.opened");
    }

    private static String opened(UUID caseId, String authority, String reference) {
        return EventJson.write(EventEnvelope.wrap(new CaseOpened(caseId, reference, "female", false, "west"), "order-service",
                Instant.now(), authority, caseId));
    }

    /** How many times the case's case.opened was applied, whatever its authority (a native query is not filtered). */
    private int applied(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select coalesce(sum(applied), 0) from case_opened_seen where case_id = :case")
                .setParameter("case", caseId).getSingleResult()).intValue());
    }

    /** The types of the poll's events the inbox recorded for this test's consumer. */
    @SuppressWarnings("unchecked")
    private List<String> recordedTypes(UUID caseId, List<String> poll) {
        List<UUID> ids = poll.stream().map(message -> EventJson.read(message).id()).toList();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_type from platform.processed_event where consumer = :consumer and event_id in (:ids)")
                .setParameter("consumer", CONSUMER).setParameter("ids", ids).getResultList());
    }

    private String owner(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select authority from case_opened_seen where case_id = :case")
                .setParameter("case", caseId).getSingleResult());
    }
}
