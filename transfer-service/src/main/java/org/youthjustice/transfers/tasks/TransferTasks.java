package org.youthjustice.transfers.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.transfers.caretaking.Caretaking;
import org.youthjustice.transfers.caretaking.CaretakingAgreement;
import org.youthjustice.transfers.caretaking.CaretakingReport;
import org.youthjustice.transfers.caretaking.CaretakingRules.ReportKind;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;
import org.youthjustice.transfers.caretaking.CaretakingViews;
import org.youthjustice.transfers.packages.TransferPackage;
import org.youthjustice.transfers.packages.TransferPackages;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.reviews.Reviews;

/**
 * Everything a transfer asks of the caller's authority now, overdue first: requests to review (TRF-6, TRF-7),
 * agreements to sign (TRF-8), stage updates to answer and non-compliance to decide (TRF-14, TRF-15), decisions
 * to act on (TRF-14), late contact records (TRF-9), the presumption of full transfer and caretaking past 3 months
 * without a reason (TRF-2), cases to open from transfer packages received from outside the partnership (TRF-17).
 */
@ApplicationScoped
public class TransferTasks {
    @Inject
    Reviews reviews;

    @Inject
    Caretaking caretaking;

    @Inject
    CaretakingViews caretakingViews;

    @Inject
    TransferPackages packages;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * One thing to do, with the rule behind it and, where it has one, its due date. A task on a transfer package
     * (TRF-17) names the package ({@code packageId}) instead of a transfer, and the home service outside the partnership.
     */
    public record Task(String task, String rule, UUID transferId, UUID caseId, TransferKind kind, String homeAuthority,
            String otherAuthority, Integer version, java.time.Instant submittedAt, LocalDate dueDate, String status,
            UUID packageId) {
        Task(String task, String rule, UUID transferId, UUID caseId, TransferKind kind, String homeAuthority,
                String otherAuthority, Integer version, java.time.Instant submittedAt, LocalDate dueDate, String status) {
            this(task, rule, transferId, caseId, kind, homeAuthority, otherAuthority, version, submittedAt, dueDate, status, null);
        }

        private String subject() {
            return String.valueOf(transferId != null ? transferId : packageId);
        }
    }

    /** {@code mine}: only the transfers the caller requested, reviewed or drafted the agreement of. */
    public List<Task> tasks(boolean mine) {
        String authority = caller.authority();
        List<Task> tasks = new ArrayList<>();
        // reviews and signatures are managers' work (ROLES.md); case managers see the rest
        boolean manager = caller.hasAnyRole(TransferAccess.REVIEW);
        (manager ? reviews.tasks(mine) : List.<Reviews.Task>of()).forEach(task -> tasks.add(new Task("review", "TRF-7", task.transfer().id, task.transfer().caseId,
                task.transfer().kind, task.transfer().homeAuthority, task.transfer().homeAuthority, task.version().number,
                task.version().submittedAt, task.timeLimit().dueDate(), task.timeLimit().status())));
        // TRF-17: an incoming package waits for the case a manager opens from it
        (manager ? packages.awaitingCaseOpening(mine) : List.<TransferPackage>of()).forEach(received -> tasks.add(
                new Task("open-case-from-package", "TRF-17", null, null, received.kind, received.fromService, received.fromService,
                        received.currentVersion, packages.version(received, received.currentVersion).receivedAt, null, "due",
                        received.id)));
        LocalDate today = Moments.ukToday(clock);
        for (CaretakingAgreement agreement : caretaking.ofAuthority(authority)) {
            if (agreement.ended() || (mine && !workedOnBy(agreement))) {
                continue;
            }
            Side side = agreement.homeAuthority.equals(authority) ? Side.HOME : Side.HOST;
            String other = side == Side.HOME ? agreement.hostAuthority : agreement.homeAuthority;
            boolean signed = side == Side.HOME ? agreement.homeSignedAt != null : agreement.hostSignedAt != null;
            if (!signed) {
                if (!manager) {
                    continue;
                }
                tasks.add(caretakingTask("sign-agreement", "TRF-8", agreement, other, null, "due"));
                continue;
            }
            if (!agreement.inForce()) {
                continue;
            }
            CaretakingViews.AgreementView view = caretakingViews.of(agreement, side);
            if ("overdue".equals(view.contactRecords().status())) {
                tasks.add(caretakingTask(side == Side.HOST ? "send-contact-records" : "contact-records-overdue", "TRF-9",
                        agreement, other, view.contactRecords().nextDue(), "overdue"));
            }
            if (view.presumption().presumptionOfFullTransfer()) {
                tasks.add(caretakingTask("presumption-of-full-transfer", "TRF-2", agreement, other,
                        view.presumption().presumedFrom(), "flagged"));
            }
            if (side == Side.HOME && view.presumption().continuationReasonMissing()) {
                tasks.add(caretakingTask("record-continuation-reason", "TRF-2", agreement, other,
                        view.presumption().continuationReasonNeededFrom(), "overdue"));
            }
            for (CaretakingReport report : awaiting(agreement.transferId, side)) {
                String task = side == Side.HOME
                        ? (report.kind == ReportKind.STAGE_UPDATE ? "answer-stage-update" : "decide-on-non-compliance")
                        : "act-on-compliance-decision";
                tasks.add(caretakingTask(task, report.kind == ReportKind.STAGE_UPDATE ? "TRF-15" : "TRF-14", agreement, other,
                        null, "due"));
            }
        }
        return tasks.stream().sorted(Comparator.comparing((Task t) -> !"overdue".equals(t.status()))
                .thenComparing(Task::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::subject).thenComparing(Task::task)).toList();
    }

    /** The host's reports awaiting the home's answer, or the home's decisions awaiting the host's action. */
    private List<CaretakingReport> awaiting(UUID transferId, Side side) {
        String condition = side == Side.HOME ? "r.kind <> :contact and r.answeredAt is null"
                : "r.kind = :nonCompliance and r.answeredAt is not null and r.actedOnAt is null";
        var query = entityManager.createQuery("from CaretakingReport r where r.transferId = :t and " + condition
                + " order by r.sentAt", CaretakingReport.class).setParameter("t", transferId);
        return side == Side.HOME ? query.setParameter("contact", ReportKind.CONTACT).getResultList()
                : query.setParameter("nonCompliance", ReportKind.NON_COMPLIANCE).getResultList();
    }

    private boolean workedOnBy(CaretakingAgreement agreement) {
        String me = caller.username();
        if (me.equals(agreement.draftedBy)) {
            return true;
        }
        Transfer transfer = entityManager.find(Transfer.class, agreement.transferId);
        return me.equals(transfer.requestedBy) || me.equals(transfer.lastDecidedBy);
    }

    private static Task caretakingTask(String task, String rule, CaretakingAgreement agreement, String other, LocalDate due,
            String status) {
        return new Task(task, rule, agreement.transferId, agreement.caseId, TransferKind.CARETAKING, agreement.homeAuthority,
                other, null, null, due, status);
    }
}
