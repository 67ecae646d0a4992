package org.youthjustice.transfers.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.policy.DeadlineStatus;

/** A transfer as both authorities read it: the package (record, summary, checklist), its time limits and its latest answer. */
@ApplicationScoped
public class TransferViews {
    @Inject
    Transfers transfers;

    @Inject
    Clock clock;

    @Inject
    StoredJson json;

    public record TimeLimitView(String rule, LocalDate dueDate, Instant dueAt, String status, String policyVersion) {
    }

    public record DecisionView(TransferDecision decision, List<String> reasons, String decidedBy, Instant decidedAt) {
    }

    public record TransferView(UUID id, UUID caseId, TransferKind kind, String homeAuthority, String receivingAuthority,
            Transfer.Status status, int version, LocalDate decidedOn, String requestedBy, Instant requestedAt,
            TimeLimitView requestTimeLimit, TimeLimitView reviewTimeLimit, DecisionView lastDecision,
            TransferSummary summary, List<DocumentsChecklist.Entry> checklist, LocalDate completedOn, LocalDate endedOn) {
    }

    public record VersionView(int number, String submittedBy, Instant submittedAt, String whatChanged, TransferSummary summary,
            List<DocumentsChecklist.Entry> checklist) {
    }

    public TransferView of(Transfer transfer) {
        TransferVersion current = transfers.version(transfer, transfer.currentVersion);
        return new TransferView(transfer.id, transfer.caseId, transfer.kind, transfer.homeAuthority, transfer.receivingAuthority,
                transfer.status, transfer.currentVersion, transfer.decidedOn, transfer.requestedBy, transfer.requestedAt,
                new TimeLimitView(TransferDeadlinesRule.REQUEST, transfer.requestDueDate, transfer.requestDueAt,
                        transfers.requestStatus(transfer), transfer.requestPolicy),
                reviewTimeLimit(transfer, current), decision(transfer), transfers.summary(current), transfers.checklist(current),
                transfer.completedOn, transfer.endedOn);
    }

    /** TRF-7 for the version under review: met by the decision on it. */
    public TimeLimitView reviewTimeLimit(Transfer transfer, TransferVersion current) {
        if (current.reviewDueAt == null) {
            // TRF-7 starts when the last requested document arrives
            return new TimeLimitView(TransferDeadlinesRule.REVIEW, null, null, "waiting-for-documents", null);
        }
        Optional<Instant> decided = transfer.status == Transfer.Status.AWAITING_REVIEW ? Optional.empty()
                : Optional.ofNullable(transfer.lastDecidedAt);
        return new TimeLimitView(TransferDeadlinesRule.REVIEW, current.reviewDueDate, current.reviewDueAt,
                DeadlineStatus.of(current.reviewDueAt, clock.instant(), decided).wireName(),
                current.reviewPolicy);
    }

    public List<VersionView> versions(Transfer transfer) {
        return transfers.versions(transfer.id).stream().map(v -> new VersionView(v.number, v.submittedBy, v.submittedAt,
                v.whatChanged, transfers.summary(v), transfers.checklist(v))).toList();
    }

    private DecisionView decision(Transfer transfer) {
        if (transfer.lastDecision == null) {
            return null;
        }
        return new DecisionView(transfer.lastDecision, json.texts(transfer.lastReasons), transfer.lastDecidedBy, transfer.lastDecidedAt);
    }
}
