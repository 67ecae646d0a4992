package org.youthjustice.orders.transfers;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
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
import org.youthjustice.kernel.transfers.AcceptedTransfers;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.cases.TransferredOutCase;

/**
 * transfer-service's events as the case sees them. Every one passes the ledger of accepted transfers first
 * (kernel {@link AcceptedTransfers}): a {@code transfer.reviewed} that accepted a transfer is recorded there,
 * and a case moves, or another authority supervises the child, only through a transfer found there as it was
 * accepted; anything else is refused and dead-lettered with its reason, changing nothing.
 *
 * <p>A completed transfer (TRF-1) moves the case to the receiving authority with its full history (outcomes,
 * orders, casework, milestones), and the receiving authority allocates it anew: the event carries the
 * receiving authority in its envelope, and the inbox acts for it. The home authority keeps a closed, read-only
 * record of its own period with the case ({@code transferred_out_case}): the child as it knew them, who held the
 * case, the transfer, and a snapshot of what it held at that moment; it sees nothing of what the receiving
 * authority does afterwards; the case plan announces the open milestones the receiving authority now holds
 * ({@link CaseTransferredIn}). Caretaking (TRF-8) leaves the case with the home authority, named in the envelope,
 * and shows on it who caretakes the child, and at the end why caretaking ended.
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
            "update milestone set authority = :to where case_id = :case and authority = :from");

    @Inject
    Inbox inbox;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    AcceptedTransfers acceptedTransfers;

    @Inject
    CaseRecordSnapshot snapshot;

    @Inject
    Event<CaseTransferredIn> transferredIn;

    /**
     * The events of the transfers topic (transfer.reviewed for the accepted transfers' ledger) this consumer applies;
     * the inbox passes over the others unrecorded.
     */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.TRANSFER_REVIEWED, EventType.TRANSFER_COMPLETED,
            EventType.CARETAKING_STARTED, EventType.CARETAKING_ENDED);

    @Incoming("transfers")
    @Blocking
    public CompletionStage<Void> onTransferEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        if (acceptedTransfers.recordIfAccepted(event)) {
            return; // a transfer.reviewed: the ledger is all it changes here
        }
        if (EventType.TRANSFER_COMPLETED.wireName().equals(event.type())) {
            completed(event, event.dataAs(TransferCompleted.class));
        } else if (EventType.CARETAKING_STARTED.wireName().equals(event.type())) {
            caretakingStarted(event, event.dataAs(CaretakingStarted.class));
        } else if (EventType.CARETAKING_ENDED.wireName().equals(event.type())) {
            caretakingEnded(event, event.dataAs(CaretakingEnded.class));
        }
    }

    private void caretakingStarted(EventEnvelope event, CaretakingStarted started) {
        // the home authority is the envelope's, the host receives the child for supervision
        acceptedTransfers.requireAcceptedCaretaking(event, started.transferId(), started.hostAuthority());
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
        caretaking.outcome = ended.outcome();
        audit.record("case.caretaking-ended", "case", childCase.id, "by " + caretaking.hostAuthority + " on " + caretaking.endDate
                + (ended.outcome() == null ? "" : ", " + ended.outcome().name().toLowerCase().replace('_', ' ')));
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
        acceptedTransfers.requireAcceptedCompletion(event, transfer);
        // across authorities, so native statements: the tenancy filter would hide the home authority's rows.
        // First the home's closed record, from the case as the home holds it (who held it there included)
        int closed = entityManager.createNativeQuery("""
                        insert into transferred_out_case (transfer_id, authority, case_id, reference, given_name, family_name,
                        date_of_birth, opened_at, case_manager, team, co_workers, teams, receiving_authority,
                        formal_transfer_date, closed_at, closed_as, snapshot)
                        select :transfer, c.authority, c.id, c.reference, c.given_name, c.family_name, c.date_of_birth,
                        c.opened_at, c.case_manager, c.team, c.co_workers,
                        array(select o.team from court_order o where o.case_id = c.id and o.team is not null
                              order by o.start_date),
                        :to, :date, :at, :closedAs, cast('{}' as jsonb)
                        from child_case c where c.id = :case and c.authority = :from
                        on conflict (transfer_id) do nothing""")
                .setParameter("transfer", transfer.transferId()).setParameter("to", transfer.toAuthority())
                .setParameter("date", transfer.formalTransferDate()).setParameter("at", event.time())
                .setParameter("closedAs", TransferredOutCase.TRANSFERRED_OUT).setParameter("case", transfer.caseId())
                .setParameter("from", transfer.fromAuthority()).executeUpdate();
        if (closed == 0) {
            if (alreadyCompleted(transfer) || entityManager.find(ChildCase.class, transfer.caseId()) != null) {
                return; // a redelivery: the case moved already
            }
            throw new IllegalStateException("transfer.completed " + transfer.transferId() + ": no case " + transfer.caseId()
                    + " in " + transfer.fromAuthority());
        }
        entityManager.createNativeQuery("""
                        update child_case set authority = :to, case_manager = null, team = null, co_workers = '{}',
                        allocated_at = null where id = :case and authority = :from""")
                .setParameter("to", transfer.toAuthority()).setParameter("from", transfer.fromAuthority())
                .setParameter("case", transfer.caseId()).executeUpdate();
        for (String statement : CASE_RECORDS) {
            entityManager.createNativeQuery(statement).setParameter("to", transfer.toAuthority())
                    .setParameter("from", transfer.fromAuthority()).setParameter("case", transfer.caseId()).executeUpdate();
        }
        // the records are the receiving authority's now, so this unit of work (acting for it) reads them whole;
        // what they say is what the home held, as the milestones' workers are still the home's
        entityManager.createNativeQuery(
                        "update transferred_out_case set snapshot = cast(:snapshot as jsonb) where transfer_id = :transfer")
                .setParameter("snapshot", snapshot.of(transfer.caseId(), event.time()))
                .setParameter("transfer", transfer.transferId()).executeUpdate();
        // the receiving authority's workers and teams hold them once it has allocated the case
        entityManager.createNativeQuery("""
                        update milestone set responsible_worker = null, team = null where case_id = :case and authority = :to""")
                .setParameter("case", transfer.caseId()).setParameter("to", transfer.toAuthority()).executeUpdate();
        // the case plan announces the open milestones the receiving authority now holds (milestone.set)
        transferredIn.fire(new CaseTransferredIn(transfer.caseId(), transfer.transferId(), transfer.fromAuthority(),
                transfer.toAuthority()));
        audit.record("case.transferred-in", "case", transfer.caseId(), "transfer " + transfer.transferId() + " from "
                + transfer.fromAuthority() + ", formal transfer date " + transfer.formalTransferDate());
        LOG.infof("case %s moved from %s to %s (transfer %s); %s keeps its closed record", transfer.caseId(),
                transfer.fromAuthority(), transfer.toAuthority(), transfer.transferId(), transfer.fromAuthority());
    }

    /** This transfer's completion was applied before: the home's closed record of it exists. */
    private boolean alreadyCompleted(TransferCompleted transfer) {
        return !entityManager.createNativeQuery("select 1 from transferred_out_case where transfer_id = :transfer")
                .setParameter("transfer", transfer.transferId()).getResultList().isEmpty();
    }
}
