package org.youthjustice.compliance.transfers;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.youthjustice.compliance.appointments.Appointments;
import org.youthjustice.compliance.supervision.Caretaking;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedCases;
import org.youthjustice.compliance.supervision.SupervisionEvents;
import org.youthjustice.compliance.supervision.TimeLimitEvents;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.inbox.Inbox;
import org.youthjustice.kernel.inbox.RefusedEventException;
import org.youthjustice.kernel.transfers.AcceptedTransfers;

/**
 * transfer-service's events as compliance follows them, applied once each through the inbox. Every
 * {@code transfer.reviewed} that accepts a transfer goes into the kernel's ledger, and a completion or a
 * caretaking acts only on a transfer found there as it was accepted; otherwise it is refused, with the
 * reason, to {@code yj.transfers.v1.compliance-service.dlq}, and changes nothing.
 *
 * <ul>
 * <li>{@code transfer.completed} (TRF-1), addressed to the receiving authority: the case's supervision moves
 * there, with every record of it (its orders, their appointments, absences, enforcement steps and letters,
 * and any caretaking), so the absences and warnings already counted go on counting (CMP-2 to CMP-8); CMP-10
 * had enforcement finish first. The receiving authority allocates it anew: until its {@code case.allocated},
 * no case manager holds it. Appointments the home authority had booked from then on are cancelled, "transferred
 * out". The home authority keeps only a read-only marker ({@code transferred_out_case}).</li>
 * <li>{@code caretaking.started} / {@code caretaking.ended} (TRF-8), addressed to the home authority: the
 * home's case shows the host caretaking the child. The case, its orders and its enforcement stay the home's,
 * which keeps the enforcement decisions meanwhile (TRF-14).</li>
 * </ul>
 * Any other type ({@code transfer.requested}, or one this build does not know) is nothing to compliance.
 */
@ApplicationScoped
public class TransferEvents {
    private static final Logger LOG = Logger.getLogger(TransferEvents.class);
    /** Why the home authority's appointments after the transfer are cancelled. */
    static final String TRANSFERRED_OUT = "transferred out";

    /**
     * Every table of a case's supervision but the case itself, keyed by the case. Across authorities, so
     * native statements: the tenancy filter of the unit of work (the receiving authority's) would hide the
     * home authority's rows.
     */
    private static final List<String> CASE_RECORDS = List.of(
            "update supervised_order set authority = :to where case_id = :case and authority = :from",
            "update appointment set authority = :to where case_id = :case and authority = :from",
            "update absence set authority = :to where case_id = :case and authority = :from",
            "update enforcement_step set authority = :to where case_id = :case and authority = :from",
            "update letter set authority = :to where case_id = :case and authority = :from",
            "update caretaking set authority = :to where case_id = :case and authority = :from");

    @Inject
    Inbox inbox;

    @Inject
    AcceptedTransfers acceptedTransfers;

    @Inject
    EntityManager entityManager;

    @Inject
    SupervisedCases cases;

    @Inject
    Appointments appointments;

    @Inject
    TimeLimitEvents timeLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The events of the transfers topic (transfer.reviewed for the accepted transfers' ledger) this consumer applies;
     * the inbox passes over the others unrecorded.
     */
    static final Set<EventType> APPLIED = EnumSet.of(EventType.TRANSFER_REVIEWED, EventType.TRANSFER_COMPLETED,
            EventType.CARETAKING_STARTED, EventType.CARETAKING_ENDED);

    @Incoming("transfers")
    @Blocking
    public CompletionStage<Void> onTransferEvents(KafkaRecordBatch<String, String> messages) {
        return inbox.process(SupervisionEvents.CONSUMER, messages, APPLIED, this::apply);
    }

    void apply(EventEnvelope event) {
        acceptedTransfers.recordIfAccepted(event);
        EventType type = EventType.byWireName(event.type()).orElse(null);
        if (type == EventType.TRANSFER_COMPLETED) {
            completed(event, event.dataAs(TransferCompleted.class));
        } else if (type == EventType.CARETAKING_STARTED) {
            caretakingStarted(event, event.dataAs(CaretakingStarted.class));
        } else if (type == EventType.CARETAKING_ENDED) {
            caretakingEnded(event, event.dataAs(CaretakingEnded.class));
        }
    }

    private void completed(EventEnvelope event, TransferCompleted transfer) {
        acceptedTransfers.requireAcceptedCompletion(event, transfer);
        UUID caseId = transfer.caseId();
        // the home's marker first, while the case's row still says who held it there
        entityManager.createNativeQuery("""
                        insert into transferred_out_case (transfer_id, authority, case_id, transferred_on, receiving_authority,
                        case_manager, team, co_workers, recorded_at)
                        select :transfer, :from, id, :on, :to, case_manager, team, co_workers, :at from supervised_case
                        where id = :case and authority = :from
                        on conflict (transfer_id) do nothing""")
                .setParameter("transfer", transfer.transferId()).setParameter("from", transfer.fromAuthority())
                .setParameter("on", transfer.formalTransferDate()).setParameter("to", transfer.toAuthority())
                .setParameter("at", clock.instant()).setParameter("case", caseId).executeUpdate();
        // the receiving authority allocates the case anew (its case.allocated then holds it)
        int moved = entityManager.createNativeQuery("""
                        update supervised_case set authority = :to, case_manager = null, team = null, co_workers = '{}',
                        allocated_at = null, version = version + 1 where id = :case and authority = :from""")
                .setParameter("to", transfer.toAuthority()).setParameter("from", transfer.fromAuthority())
                .setParameter("case", caseId).executeUpdate();
        if (moved == 0) {
            notHeldByTheHome(transfer);
            return;
        }
        for (String statement : CASE_RECORDS) {
            entityManager.createNativeQuery(statement).setParameter("to", transfer.toAuthority())
                    .setParameter("from", transfer.fromAuthority()).setParameter("case", caseId).executeUpdate();
        }
        warnOfEnforcementInProgress(transfer);
        // open time limits go with the case, held by no one there until the receiving authority allocates it
        timeLimits.holderChanged(caseId, null, null);
        // from here on the unit of work's authority, the receiving one, holds every record of the case
        int cancelled = appointments.cancelFrom(caseId, event.time(), TRANSFERRED_OUT);
        audit.record("case.transferred-in", "case", caseId, "transfer " + transfer.transferId() + " from "
                + transfer.fromAuthority() + ", formal transfer date " + transfer.formalTransferDate() + "; " + cancelled
                + " appointments booked by " + transfer.fromAuthority() + " cancelled");
        LOG.infof("case %s: supervision moved from %s to %s (transfer %s), %d appointments cancelled", caseId,
                transfer.fromAuthority(), transfer.toAuthority(), transfer.transferId(), cancelled);
    }

    /**
     * The home authority does not hold the case: moved already (a second completion), never heard of here
     * (no order of it reached compliance; the receiving authority's events make it known there), or
     * another authority's, which this transfer cannot move.
     */
    private void notHeldByTheHome(TransferCompleted transfer) {
        UUID caseId = transfer.caseId();
        if (entityManager.find(SupervisedCase.class, caseId) != null) {
            return; // already here
        }
        List<?> holder = entityManager.createNativeQuery("select authority from supervised_case where id = :case")
                .setParameter("case", caseId).getResultList();
        if (!holder.isEmpty()) {
            throw new RefusedEventException("transfer.completed " + transfer.transferId() + ": case " + caseId + " is held by "
                    + holder.get(0) + ", not by its home authority " + transfer.fromAuthority() + ": refused");
        }
        // known to neither: the case is the receiving authority's from now on, and the home's marker says so, so
        // that an event of the home's for it, arriving late, is refused rather than opening the case there again
        entityManager.createNativeQuery("insert into supervised_case (id, authority) values (:case, :to) on conflict (id) do nothing")
                .setParameter("case", caseId).setParameter("to", transfer.toAuthority()).executeUpdate();
        entityManager.createNativeQuery("""
                        insert into transferred_out_case (transfer_id, authority, case_id, transferred_on, receiving_authority,
                        recorded_at) values (:transfer, :from, :case, :on, :to, :at) on conflict (transfer_id) do nothing""")
                .setParameter("transfer", transfer.transferId()).setParameter("from", transfer.fromAuthority())
                .setParameter("case", caseId).setParameter("on", transfer.formalTransferDate())
                .setParameter("to", transfer.toAuthority()).setParameter("at", clock.instant()).executeUpdate();
        audit.record("case.transferred-in", "case", caseId, "transfer " + transfer.transferId() + " from "
                + transfer.fromAuthority() + ", formal transfer date " + transfer.formalTransferDate() + "; no supervision there yet");
    }

    /**
     * CMP-10: transfer-service completes a transfer only once enforcement has finished. Should an order still
     * be under enforcement, it moves as it is (the receiving authority carries on, and announces the end),
     * and the operators are told.
     */
    private void warnOfEnforcementInProgress(TransferCompleted transfer) {
        List<?> enforced = entityManager.createNativeQuery("""
                        select id from supervised_order where case_id = :case and authority = :to and enforcement_since is not null""")
                .setParameter("case", transfer.caseId()).setParameter("to", transfer.toAuthority()).getResultList();
        if (!enforced.isEmpty()) {
            LOG.warnf("CMP-10: transfer %s of case %s completed while enforcement is in progress on orders %s; it moved with them",
                    transfer.transferId(), transfer.caseId(), enforced);
        }
    }

    /** TRF-8: the host caretakes the child; the home keeps the case (the envelope names the home). */
    private void caretakingStarted(EventEnvelope event, CaretakingStarted started) {
        acceptedTransfers.requireAcceptedCaretaking(event, started.transferId(), started.hostAuthority());
        SupervisedCase childCase = cases.known(event.caseId());
        if (entityManager.find(Caretaking.class, started.transferId()) != null) {
            return;
        }
        Caretaking caretaking = new Caretaking();
        caretaking.transferId = started.transferId();
        caretaking.caseId = childCase.id;
        caretaking.hostAuthority = started.hostAuthority();
        caretaking.startDate = started.startDate();
        caretaking.reviewDate = started.reviewDate();
        caretaking.recordedAt = clock.instant();
        entityManager.persist(caretaking);
        audit.record("case.caretaking-started", "case", childCase.id, "caretaken by " + started.hostAuthority() + " from "
                + started.startDate() + ", review " + started.reviewDate() + "; enforcement decisions stay here (TRF-14)");
    }

    private void caretakingEnded(EventEnvelope event, CaretakingEnded ended) {
        acceptedTransfers.requireAcceptedCaretaking(event, ended.transferId(), ended.hostAuthority());
        Caretaking caretaking = entityManager.find(Caretaking.class, ended.transferId());
        if (caretaking == null) {
            // ended before its start reached us: the inbox retries, then sends it to the dead-letter topic
            throw new IllegalStateException("caretaking.ended for transfer " + ended.transferId() + ", which has not started in "
                    + event.authority());
        }
        if (caretaking.endDate != null) {
            return;
        }
        caretaking.endDate = ended.endDate() != null ? ended.endDate() : Moments.ukDate(event.time());
        caretaking.outcome = ended.outcome() == null ? null : ended.outcome().name().toLowerCase().replace('_', '-');
        audit.record("case.caretaking-ended", "case", caretaking.caseId, "by " + caretaking.hostAuthority + " on "
                + caretaking.endDate + (caretaking.outcome == null ? "" : ", " + caretaking.outcome));
    }
}
