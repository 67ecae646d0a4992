package org.youthjustice.orders.transfers;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.orders.cases.ChildCase;

/**
 * transfer-service's completed transfers (TRF-1): the case moves to the receiving authority with its
 * full history (outcomes, orders, casework, milestones); from then on the home authority no longer
 * sees it, and the receiving authority allocates it anew. The event carries the receiving
 * authority in its envelope, and the inbox acts for it.
 */
@ApplicationScoped
public class TransferEvents {
    private static final Logger LOG = Logger.getLogger(TransferEvents.class);
    static final String CONSUMER = "order-service";

    /** Every table of a case's records, with how its rows are found from the case id. */
    private static final List<String> CASE_RECORDS = List.of(
            "update court_outcome set authority = :to where case_id = :case and authority = :from",
            "update court_order set authority = :to where case_id = :case and authority = :from",
            "update order_change set authority = :to where authority = :from "
                    + "and order_id in (select id from court_order where case_id = :case)",
            "update case_allocation set authority = :to where case_id = :case and authority = :from",
            "update contact set authority = :to where case_id = :case and authority = :from",
            "update plan set authority = :to where case_id = :case and authority = :from",
            "update review_meeting set authority = :to where case_id = :case and authority = :from",
            "update assessment set authority = :to where case_id = :case and authority = :from",
            // the receiving authority's workers and teams hold them once it has allocated the case
            "update milestone set authority = :to, responsible_worker = null, team = null "
                    + "where case_id = :case and authority = :from");

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Incoming("transfers")
    @Blocking
    public void onTransferEvent(String message) {
        inbox.process(CONSUMER, message, this::apply);
    }

    void apply(EventEnvelope event) {
        if (EventType.TRANSFER_COMPLETED.wireName().equals(event.type())) {
            completed(event, event.dataAs(TransferCompleted.class));
        }
    }

    private void completed(EventEnvelope event, TransferCompleted transfer) {
        if (!transfer.toAuthority().equals(event.authority())) {
            throw new IllegalStateException("transfer.completed " + transfer.transferId() + " addressed to " + event.authority()
                    + ", not to the receiving authority " + transfer.toAuthority());
        }
        // across authorities, so native statements: the tenancy filter would hide the home authority's rows
        int moved = entityManager.createNativeQuery("""
                        update child_case set authority = :to, case_manager = null, team = null, co_workers = '{}',
                        allocated_at = null where id = :case and authority = :from""")
                .setParameter("to", transfer.toAuthority()).setParameter("from", transfer.fromAuthority())
                .setParameter("case", transfer.caseId()).executeUpdate();
        if (moved == 0) {
            if (entityManager.find(ChildCase.class, transfer.caseId()) != null) {
                return; // already here
            }
            throw new IllegalStateException("transfer.completed " + transfer.transferId() + ": no case " + transfer.caseId()
                    + " in " + transfer.fromAuthority());
        }
        for (String statement : CASE_RECORDS) {
            entityManager.createNativeQuery(statement).setParameter("to", transfer.toAuthority())
                    .setParameter("from", transfer.fromAuthority()).setParameter("case", transfer.caseId()).executeUpdate();
        }
        audit.record("case.transferred-in", "case", transfer.caseId(), "transfer " + transfer.transferId() + " from "
                + transfer.fromAuthority() + ", formal transfer date " + transfer.formalTransferDate());
        LOG.infof("case %s moved from %s to %s (transfer %s)", transfer.caseId(), transfer.fromAuthority(),
                transfer.toAuthority(), transfer.transferId());
    }
}
