package org.youthjustice.transfers.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferRequested;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.cases.HeldCases;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/**
 * Transfer requests (TRF-1, TRF-4, TRF-5): requested by the home authority with the summary and the documents
 * checklist, and re-submitted with what was missing after a stay or a rejection (TRF-6). Each submission is
 * announced ({@code transfer.requested}, addressed to the receiving authority, which acts on it) in the same
 * transaction, and audited.
 */
@ApplicationScoped
public class Transfers {
    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    TransferAccess access;

    @Inject
    HeldCases cases;

    @Inject
    TransferConfig config;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    StoredJson json;

    @Inject
    TimeLimitEvents timeLimits;

    @Inject
    Clock clock;

    /** A request for a transfer: the home authority is the caller's, from the token, and holds the case. */
    public record TransferRequest(
            @NotNull UUID caseId,
            @NotNull TransferKind kind,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,59}", message = "an authority's name, such as nottinghamshire")
            String receivingAuthority,
            @NotNull LocalDate decidedOn,
            @NotNull @Valid TransferSummary summary,
            @NotEmpty @Valid List<DocumentsChecklist.@NotNull Entry> checklist) {
    }

    /** A re-submission: the whole summary and checklist again, with what was put right. */
    public record Resubmission(
            @NotNull @Valid TransferSummary summary,
            @NotEmpty @Valid List<DocumentsChecklist.@NotNull Entry> checklist,
            @NotBlank @Size(max = 4000) String whatChanged) {
    }

    /**
     * only for a case the caller's authority holds (404 otherwise, an unknown case and another authority's alike),
     * before any rule is looked at; nothing is stored or announced for any other.
     */
    @Transactional
    public Transfer request(TransferRequest entry) {
        String home = caller.authority();
        List<Violation> invalid = Moments.ukToday(clock).isBefore(entry.decidedOn())
                ? List.of(Violation.ofField("decidedOn", "the decision to request is dated today or earlier")) : List.of();
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        cases.requireHeldBy(entry.caseId(), home);
        List<Violation> broken = TransferRequestRules.check(entry.kind(), home, entry.receivingAuthority(), config.partnership(),
                entry.summary(), entry.checklist());
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        Instant now = clock.instant();
        Deadline due = TransferDeadlinesRule.requestDue(deadlines, policies.policyOf(home), entry.decidedOn());
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.homeAuthority = home;
        transfer.receivingAuthority = entry.receivingAuthority();
        transfer.caseId = entry.caseId();
        transfer.kind = entry.kind();
        transfer.status = Transfer.Status.AWAITING_REVIEW;
        transfer.currentVersion = 1;
        transfer.decidedOn = entry.decidedOn();
        transfer.requestDueDate = due.dueDate();
        transfer.requestDueAt = due.dueAt();
        transfer.requestPolicy = due.policyVersion();
        transfer.requestedBy = caller.username();
        transfer.requestedAt = now;
        entityManager.persist(transfer);
        TransferVersion version = newVersion(transfer, entry.summary(), entry.checklist(), null, now);
        entityManager.persist(version);
        entityManager.flush();
        // TRF-4 starts at the decision, which the request brings with it, and is met by the request itself
        timeLimits.opened(TimeLimitEvents.requestOf(transfer));
        timeLimits.met(TimeLimitEvents.requestOf(transfer), transfer.requestedAt);
        startReviewClockIfComplete(transfer, version, now);
        announce(transfer);
        audit.record("transfer.requested", "transfer", transfer.id,
                transfer.kind.name().toLowerCase() + " transfer to " + transfer.receivingAuthority);
        return transfer;
    }

    /** TRF-6: a stayed or rejected request, sent again with what was missing, as a new version. */
    @Transactional
    public Transfer resubmit(UUID transferId, Resubmission entry) {
        Transfer transfer = access.forUpdate(transferId, Party.HOME, TransferAccess.REQUEST);
        if (transfer.status != Transfer.Status.STAYED && transfer.status != Transfer.Status.REJECTED) {
            throw ProblemException.conflict(Violation.ofRule("TRF-6", "status",
                    "only a stayed or rejected request is re-submitted; this one is " + transfer.status.wireName()));
        }
        List<Violation> broken = new java.util.ArrayList<>(TransferRequestRules.summary(transfer.kind, entry.summary()));
        broken.addAll(TransferRequestRules.checklist(entry.checklist()));
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        transfer.currentVersion++;
        transfer.status = Transfer.Status.AWAITING_REVIEW;
        Instant now = clock.instant();
        TransferVersion version = newVersion(transfer, entry.summary(), entry.checklist(), entry.whatChanged(), now);
        entityManager.persist(version);
        entityManager.flush();
        startReviewClockIfComplete(transfer, version, now);
        announce(transfer);
        audit.record("transfer.resubmitted", "transfer", transfer.id, entry.whatChanged());
        return transfer;
    }

    public List<TransferVersion> versions(UUID transferId) {
        return entityManager.createQuery("from TransferVersion where transferId = :id order by number", TransferVersion.class)
                .setParameter("id", transferId).getResultList();
    }

    public TransferVersion version(Transfer transfer, int number) {
        return entityManager.createQuery("from TransferVersion where transferId = :id and number = :n", TransferVersion.class)
                .setParameter("id", transfer.id).setParameter("n", number).getSingleResult();
    }

    /**
     * One page of the outgoing (home) or incoming (receiving) transfers of the caller's authority, newest first, of one
     * case when {@code caseId} is given (its case page); the id breaks ties so that pages neither repeat nor skip.
     */
    public Page<Transfer> ofAuthority(String authority, Party side, UUID caseId, PageRequest page) {
        String where = (side == Party.HOME ? "homeAuthority" : "receivingAuthority") + " = :a"
                + (caseId == null ? "" : " and caseId = :caseId");
        var items = entityManager.createQuery("from Transfer where " + where + " order by requestedAt desc, id desc", Transfer.class)
                .setParameter("a", authority).setFirstResult(page.offset()).setMaxResults(page.limit());
        var total = entityManager.createQuery("select count(*) from Transfer where " + where, Long.class).setParameter("a", authority);
        if (caseId != null) {
            items.setParameter("caseId", caseId);
            total.setParameter("caseId", caseId);
        }
        return new Page<>(items.getResultList(), total.getSingleResult(), page);
    }

    public TransferSummary summary(TransferVersion version) {
        return json.read(version.summary, new TypeReference<>() {
        });
    }

    public List<DocumentsChecklist.Entry> checklist(TransferVersion version) {
        return json.read(version.checklist, new TypeReference<>() {
        });
    }

    /** TRF-4: met when the request was submitted in time. */
    public String requestStatus(Transfer transfer) {
        return DeadlineStatus.of(transfer.requestDueAt, clock.instant(), Optional.of(transfer.requestedAt)).wireName();
    }

    private void announce(Transfer transfer) {
        // EVENTS.md: the receiving side acts on a request, so the envelope names the receiving authority
        outbox.record(new TransferRequested(transfer.id, transfer.kind, transfer.homeAuthority, transfer.receivingAuthority),
                transfer.caseId, transfer.receivingAuthority);
    }

    private TransferVersion newVersion(Transfer transfer, TransferSummary summary, List<DocumentsChecklist.Entry> checklist,
            String whatChanged, Instant now) {
        TransferVersion version = new TransferVersion();
        version.id = UUID.randomUUID();
        version.transferId = transfer.id;
        version.number = transfer.currentVersion;
        version.authority = transfer.homeAuthority;
        version.summary = json.write(summary);
        version.checklist = json.write(checklist);
        version.whatChanged = whatChanged;
        version.submittedBy = caller.username();
        version.submittedAt = now;
        return version;
    }

    /**
     * TRF-7: once every document the current {@code version}'s checklist marks attached has arrived, the receiving
     * authority's time limit starts, under its policy. Called on submission and on each document attached.
     */
    public void startReviewClockIfComplete(Transfer transfer, TransferVersion version, Instant now) {
        if (version.documentsReceivedAt != null) {
            return;
        }
        java.util.Set<String> attached = checklist(version).stream()
                .filter(entry -> entry.answer() == DocumentsChecklist.Answer.ATTACHED)
                .map(entry -> entry.item().wireName()).collect(java.util.stream.Collectors.toSet());
        // native: the documents are the documents package's entity, above this one
        @SuppressWarnings("unchecked")
        List<String> received = entityManager.createNativeQuery("select distinct item from transfer_document where transfer_id = :t")
                .setParameter("t", transfer.id).getResultList();
        if (!TransferDeadlinesRule.allDocumentsReceived(attached, java.util.Set.copyOf(received))) {
            return;
        }
        Deadline reviewDue = TransferDeadlinesRule.reviewDue(deadlines, policies.policyOf(transfer.receivingAuthority), now);
        version.documentsReceivedAt = now;
        version.reviewDueDate = reviewDue.dueDate();
        version.reviewDueAt = reviewDue.dueAt();
        version.reviewPolicy = reviewDue.policyVersion();
        // a version already answered (its last document attached after a stay or a rejection) has nothing left due
        if (transfer.status == Transfer.Status.AWAITING_REVIEW) {
            timeLimits.opened(TimeLimitEvents.reviewOf(transfer, version));
        }
    }
}
