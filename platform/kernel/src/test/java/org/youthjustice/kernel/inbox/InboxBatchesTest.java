package org.youthjustice.kernel.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.orders.CaseOpened;

class InboxBatchesTest {
    private final List<InboxBatches.Delivery> batch = new ArrayList<>();

    @Test
    void oneTransactionPerAuthorityInTheOrderEachFirstAppears() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        deliver("wokingham", a);
        deliver("reading", b);
        deliver("wokingham", c);
        deliver("reading", b);
        deliver("wokingham", a);

        assertThat(indexes(InboxBatches.inTransactions(batch))).containsExactly(List.of(0, 2, 4), List.of(1, 3));
    }

    @Test
    void aCaseWithEventsOfTwoAuthoritiesKeepsItsOrder() {
        UUID moving = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        deliver("reading", other);
        deliver("wokingham", moving);
        // addressed to the receiving authority (a transfer): after wokingham's event, never before it
        deliver("reading", moving);
        deliver("wokingham", moving);

        List<List<Integer>> transactions = indexes(InboxBatches.inTransactions(batch));

        assertThat(transactions).containsExactly(List.of(0), List.of(1), List.of(2), List.of(3));
        assertThat(transactions.stream().flatMap(List::stream)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anEmptyPollIsNoTransaction() {
        assertThat(InboxBatches.inTransactions(List.of())).isEmpty();
    }

    private void deliver(String authority, UUID caseId) {
        EventEnvelope event = EventEnvelope.wrap(new CaseOpened(caseId, "REF", "male", false, "west"), "order-service",
                Instant.parse("2026-03-02T10:00:00Z"), authority, caseId);
        batch.add(new InboxBatches.Delivery(batch.size(), event));
    }

    private static List<List<Integer>> indexes(List<List<InboxBatches.Delivery>> transactions) {
        return transactions.stream().map(group -> group.stream().map(InboxBatches.Delivery::index).toList()).toList();
    }
}
