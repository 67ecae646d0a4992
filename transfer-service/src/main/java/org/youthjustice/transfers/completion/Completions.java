package org.youthjustice.transfers.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.cases.HeldCases;
import org.youthjustice.transfers.completion.CompletionRules.EnforcementUnderWay;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/**
 * The hand-over of a full transfer (TRF-1): by the home authority, once the receiving authority accepted it and
 * no enforcement is in progress on the case (TRF-12, CMP-10). {@code transfer.completed}, addressed to the
 * receiving authority, tells order-, allocation- and compliance-service to move the case; each checks it
 * against the acceptance it saw. transfer-service's own record of who holds the case ({@link HeldCases}) moves with it,
 * in the same transaction: from then on the receiving authority requests transfers of the case, and the home does not
 * . order-service announces no event of the move, so this is where transfer-service learns it.
 */
@ApplicationScoped
public class Completions {
    @Inject
    EntityManager entityManager;

    @Inject
    TransferAccess access;

    @Inject
    HeldCases cases;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Transfer complete(UUID transferId, LocalDate formalTransferDate) {
        Transfer transfer = access.forUpdate(transferId, Party.HOME, TransferAccess.REVIEW);
        List<Violation> conflict = CompletionRules.completable(transfer.kind, transfer.status.wireName());
        if (!conflict.isEmpty()) {
            throw ProblemException.conflict(conflict.get(0));
        }
        LocalDate today = Moments.ukToday(clock);
        LocalDate date = formalTransferDate == null ? today : formalTransferDate;
        if (date.isAfter(today) || date.isBefore(Moments.ukDate(transfer.lastDecidedAt))) {
            throw ProblemException.invalid(List.of(Violation.ofField("formalTransferDate",
                    "between the acceptance of the transfer and today")));
        }
        List<Violation> enforcing = CompletionRules.enforcementFinished(enforcementUnderWay(transfer));
        if (!enforcing.isEmpty()) {
            throw ProblemException.ruleViolations(enforcing);
        }
        // the case is the receiving authority's from now on, unless it moved meanwhile by another completed transfer
        if (!cases.move(transfer.caseId, transfer.homeAuthority, transfer.receivingAuthority, transfer.id, clock.instant())) {
            throw ProblemException.conflict(CompletionRules.heldByTheHome(false, transfer.homeAuthority).get(0));
        }
        transfer.status = Transfer.Status.COMPLETED;
        transfer.completedOn = date;
        transfer.completedBy = caller.username();
        // the receiving side acts on it: the envelope names the receiving authority (EVENTS.md)
        outbox.record(new TransferCompleted(transfer.id, transfer.caseId, transfer.homeAuthority, transfer.receivingAuthority,
                date), transfer.caseId, transfer.receivingAuthority);
        audit.record("transfer.completed", "transfer", transfer.id, "handed over to " + transfer.receivingAuthority
                + ", formal transfer date " + date);
        return transfer;
    }

    /** What stands in the way of completing the transfer now (TRF-1, TRF-6, TRF-12, X-1); nothing once completed. */
    public List<Violation> blockers(Transfer transfer) {
        if (transfer.status == Transfer.Status.COMPLETED) {
            return List.of();
        }
        List<Violation> blockers = new java.util.ArrayList<>(CompletionRules.completable(transfer.kind, transfer.status.wireName()));
        blockers.addAll(CompletionRules.heldByTheHome(cases.isHeldBy(transfer.caseId, transfer.homeAuthority), transfer.homeAuthority));
        blockers.addAll(CompletionRules.enforcementFinished(enforcementUnderWay(transfer)));
        return blockers;
    }

    public Transfer transfer(UUID transferId) {
        return access.readable(transferId).transfer();
    }

    /** TRF-12: the orders of the case with enforcement under way in the home authority. */
    public List<EnforcementUnderWay> enforcementUnderWay(Transfer transfer) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select cast(order_id as text), reason from enforcement_in_progress
                        where authority = :home and case_id = :case order by started_at""", Object[].class)
                .setParameter("home", transfer.homeAuthority).setParameter("case", transfer.caseId).getResultList();
        return rows.stream().map(row -> new EnforcementUnderWay((String) row[0], (String) row[1])).toList();
    }
}
