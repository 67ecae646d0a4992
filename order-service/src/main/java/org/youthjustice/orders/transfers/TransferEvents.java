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
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.orders.cases.ChildCase;

/**
 * transfer-service's events as the case sees them. A completed transfer (TRF-1) moves the case to the
 * receiving authority with its full history (outcomes, orders, casework, milestones); from then on the
 * home authority no longer sees it, and the receiving authority allocates it anew: the event
 * carries the receiving authority in its envelope, and the inbox acts for it. Caretaking (TRF-8) leaves
 * the case with the home authority, named in the envelope, and shows on it who caretakes the child.
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
            "update exit_interview set authority = :to where case_id = :case and authority = :from",
            "update intervention_referral set authority = :to where case_id = :case and authority = :from",
            "update court_screening set authority = :to where case_id = :case and authority = :from",
            "update caretaking set authority = :to where case_id = :case and authority = :from",
            "update victim_risk_flag set authority = :to where case_id = :case and authority = :from",
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
        } else if (EventType.CARETAKING_STARTED.wireName().equals(event.type())) {
            caretakingStarted(event, event.dataAs(CaretakingStarted.class));
        } else if (EventType.CARETAKING_ENDED.wireName().equals(event.type())) {
            caretakingEnded(event, event.dataAs(CaretakingEnded.class));
        }
    }

    private void caretakingStarted(EventEnvelope event, CaretakingStarted started) {
        ChildCase childCase = homeCase(event);
        if (entityManager.find(Caretaking.class, started.transferId()) != null) {
            return;
        }
        Caretaking caretaking = new Caretaking();
        caretaking.transferId = started.transferId();
        caretaking.caseId = childCase.id;
        caretaking.hostAuthority = started.hostAuthority();
        caretaking.startDate = started.startDate();
        caretaking.reviewDate = started.reviewDate();
        caretaking.responsibilities = started.responsibilities().toArray(String[]::new);
        entityManager.persist(caretaking);
        audit.record("case.caretaking-started", "case", childCase.id, "caretaken by " + started.hostAuthority() + " from "
                + started.startDate() + ", review " + started.reviewDate());
    }

    private void caretakingEnded(EventEnvelope event, CaretakingEnded ended) {
        ChildCase childCase = homeCase(event);
        Caretaking caretaking = entityManager.find(Caretaking.class, ended.transferId());
        if (caretaking == null) {
            // ended before its start reached us: the inbox retries, then sends it to the dead-letter topic
            throw new IllegalStateException("caretaking.ended for transfer " + ended.transferId() + ", which has not started here");
        }
        if (caretaking.endDate != null) {
            return;
        }
        caretaking.endDate = ended.endDate() != null ? ended.endDate()
                : event.time().atZone(DeadlineCalculator.LONDON).toLocalDate();
        audit.record("case.caretaking-ended", "case", childCase.id, "by " + caretaking.hostAuthority + " on " + caretaking.endDate);
    }

    private ChildCase homeCase(EventEnvelope event) {
        ChildCase childCase = entityManager.find(ChildCase.class, event.caseId());
        if (childCase == null) {
            throw new IllegalStateException(event.type() + " for case " + event.caseId() + ", which " + event.authority()
                    + " does not have: caretaking events name the home authority");
        }
        return childCase;
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
