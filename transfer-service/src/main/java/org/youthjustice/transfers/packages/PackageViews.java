package org.youthjustice.transfers.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.transfers.packages.PackageRules.Direction;
import org.youthjustice.transfers.packages.PackageRules.Status;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.TransferDeadlinesRule;
import org.youthjustice.transfers.requests.TransferSummary;
import org.youthjustice.transfers.requests.TransferViews.TimeLimitView;

/** A transfer package as its authority reads it: the record, the current version, the TRF-4 time limit and the answers. */
@ApplicationScoped
public class PackageViews {
    @Inject
    TransferPackages packages;

    /** An answer to one version (TRF-6): who gave it and when, and who recorded it here. */
    public record AnswerView(int version, TransferDecision answer, List<String> reasons, LocalDate answeredOn, String answeredBy,
            String recordedBy, Instant recordedAt) {
    }

    /**
     * {@code authority} is the partnership authority whose record this is: the home of an outgoing package, the
     * receiving authority of an incoming one. {@code caseId}: the home's case (outgoing), or the case opened from the
     * package (incoming, once opened).
     */
    public record PackageView(UUID id, String authority, Direction direction, TransferKind kind, String fromService,
            String toService, Status status, int version, UUID caseId, LocalDate decidedOn, String sentBy, Instant sentAt,
            String whatChanged, TimeLimitView requestTimeLimit, UUID sourcePackageId, String receivedBy, Instant receivedAt,
            String caseOpenedBy, Instant caseOpenedAt, boolean awaitingCaseOpening, List<AnswerView> answers,
            TransferSummary summary, List<DocumentsChecklist.Entry> checklist) {
    }

    public PackageView of(TransferPackage p) {
        PackageVersion current = packages.version(p, p.currentVersion);
        TimeLimitView requestTimeLimit = p.direction == Direction.OUTGOING
                ? new TimeLimitView(TransferDeadlinesRule.REQUEST, p.requestDueDate, p.requestDueAt, packages.requestStatus(p),
                        p.requestPolicy)
                : null;
        List<AnswerView> answers = packages.answers(p).stream().map(a -> new AnswerView(a.versionNumber, a.answer,
                packages.reasons(a), a.answeredOn, a.answeredBy, a.recordedBy, a.recordedAt)).toList();
        return new PackageView(p.id, p.authority(), p.direction, p.kind, p.fromService, p.toService, p.status, p.currentVersion,
                p.caseId, p.decidedOn, current.sentBy, current.sentAt, current.whatChanged, requestTimeLimit, p.sourcePackageId,
                current.receivedBy, current.receivedAt, p.caseOpenedBy, p.caseOpenedAt,
                PackageRules.awaitsCaseOpening(p.direction, p.status, p.caseOpenedAt != null), answers,
                packages.summary(current), packages.checklist(current));
    }
}
