package org.youthjustice.kernel.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.events.EventEnvelope;

/**
 * How a poll's events are cut into transactions. A transaction acts for one authority (X-1: Hibernate filters and
 * writes every tenant-owned record by the session's authority), so the events are grouped by authority. Grouping may
 * not reorder one case's events, and a case can have events of two authorities (a transfer is addressed to the
 * receiving one): where a case's event belongs to another authority than its earlier one in the batch, every group
 * so far is closed first, so the earlier event is applied before it.
 */
final class InboxBatches {
    private InboxBatches() {
    }

    /** An event and its place in the batch. */
    record Delivery(int index, EventEnvelope event) {
    }

    /** The deliveries as transactions to run in turn, each of one authority, each case's events in their order. */
    static List<List<Delivery>> inTransactions(List<Delivery> deliveries) {
        List<List<Delivery>> transactions = new ArrayList<>();
        Map<String, List<Delivery>> byAuthority = new LinkedHashMap<>();
        Map<UUID, String> authorityOfCase = new HashMap<>();
        for (Delivery delivery : deliveries) {
            String authority = delivery.event().authority();
            String earlier = authorityOfCase.put(delivery.event().caseId(), authority);
            if (earlier != null && !earlier.equals(authority)) {
                transactions.addAll(byAuthority.values());
                byAuthority = new LinkedHashMap<>();
                authorityOfCase.clear();
                authorityOfCase.put(delivery.event().caseId(), authority);
            }
            byAuthority.computeIfAbsent(authority, any -> new ArrayList<>()).add(delivery);
        }
        transactions.addAll(byAuthority.values());
        return transactions;
    }
}
