package org.youthjustice.transfers.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferKind;
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
        // caretaking: the open agreements, their latest contact records and their reports awaiting a side, in three reads
        List<CaretakingAgreement> open = caretaking.openOf(authority).stream()
                .filter(agreement -> !mine || workedOnBy(agreement)).toList();
        List<UUID> ids = open.stream().map(agreement -> agreement.transferId).toList();
        Map<UUID, LocalDate> lastContacts = caretaking.lastContactsOf(ids);
        Map<UUID, List<CaretakingReport>> awaiting = caretaking.awaitingOf(ids).stream()
                .collect(Collectors.groupingBy(report -> report.transferId));
        for (CaretakingAgreement agreement : open) {
            Side side = agreement.homeAuthority.equals(authority) ? Side.HOME : Side.HOST;
            String other = side == Side.HOME ? agreement.hostAuthority : agreement.homeAuthority;
            boolean signed = side == Side.HOME ? agreement.homeSignedAt != null : agreement.hostSignedAt != null;
            if (!signed) {
                if (manager) {
                    tasks.add(caretakingTask("sign-agreement", "TRF-8", agreement, other, null, "due"));
                }
                continue;
            }
            if (!agreement.inForce()) {
                continue;
            }
            CaretakingViews.AgreementView view = caretakingViews.of(agreement, side, lastContacts.get(agreement.transferId));
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
            for (CaretakingReport report : awaiting.getOrDefault(agreement.transferId, List.of())) {
                // unanswered: the home's to answer; answered non-compliance not yet acted on: the host's to act on
                boolean homesTurn = report.answeredAt == null;
                if (homesTurn != (side == Side.HOME)) {
                    continue;
                }
                String task = homesTurn
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
