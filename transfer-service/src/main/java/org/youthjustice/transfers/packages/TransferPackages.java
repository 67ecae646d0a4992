package org.youthjustice.transfers.packages;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
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
import org.youthjustice.transfers.packages.PackageRules.Direction;
import org.youthjustice.transfers.packages.PackageRules.Status;
import org.youthjustice.transfers.requests.DocumentsChecklist;
import org.youthjustice.transfers.requests.StoredJson;
import org.youthjustice.transfers.requests.TimeLimitEvents;
import org.youthjustice.transfers.requests.TransferConfig;
import org.youthjustice.transfers.requests.TransferDeadlinesRule;
import org.youthjustice.transfers.requests.TransferRequestRules;
import org.youthjustice.transfers.requests.TransferSummary;

/**
 * Transfer packages (TRF-17): a transfer to or from a youth justice service outside the partnership, as a document
 * sent by secure e-mail. Outgoing: the home authority sends it (the same summary, checklist and rules as a request on
 * the platform, and the same TRF-4 time limit), sends it again after a stay or a rejection (TRF-6), and records the
 * receiving service's answer. Incoming: the receiving authority imports the other service's document, records its
 * own answer, and the case it opened from it. Each change is audited in the authority whose package it is.
 *
 * <p>Nothing of the package is announced on Kafka: the other side of a package is outside the platform, and its
 * document is what travels. Only its TRF-4 time limit is, for the partnership's timeliness figures
 * ({@code requests.TimeLimitEvents}). A package is tenant-owned: every query here sees the caller's authority's
 * packages only.
 */
@ApplicationScoped
public class TransferPackages {
    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

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

    /** An outgoing package: the home authority is the caller's, from the token. */
    public record Sending(
            @NotNull UUID caseId,
            @NotNull TransferKind kind,
            @NotBlank @Size(max = 200) String receivingService,
            @NotNull LocalDate decidedOn,
            @NotNull @Valid TransferSummary summary,
            @NotEmpty List<DocumentsChecklist.@NotNull @Valid Entry> checklist) {
    }

    /** The package sent again after a stay or a rejection: the whole summary and checklist, with what was put right. */
    public record Resending(
            @NotNull @Valid TransferSummary summary,
            @NotEmpty List<DocumentsChecklist.@NotNull @Valid Entry> checklist,
            @NotBlank @Size(max = 4000) String whatChanged) {
    }

    /** The answer to the current version: the receiving service's, given by a person named in free text. */
    public record Answer(
            @NotNull TransferDecision answer,
            @NotEmpty(message = "[TRF-6] an answer always gives its reasons")
            @Size(max = 30) List<@NotBlank @Size(max = 4000) String> reasons,
            @NotNull LocalDate answeredOn,
            @NotBlank @Size(max = 300) String answeredBy) {
    }

    /** The case the receiving authority opened (in order-service) from an incoming package. */
    public record CaseOpened(@NotNull UUID caseId) {
    }

    /**
     * TRF-17, TRF-4, TRF-5: an outgoing package, refused whole with every broken rule; X-1: only of a case the caller's
     * authority holds (404 otherwise, an unknown case and another authority's alike), nothing stored for any other.
     */
    @Transactional
    public TransferPackage send(Sending entry) {
        String home = caller.authority();
        if (Moments.ukToday(clock).isBefore(entry.decidedOn())) {
            throw ProblemException.invalid(List.of(Violation.ofField("decidedOn", "the decision to request is dated today or earlier")));
        }
        cases.requireHeldBy(entry.caseId(), home);
        List<Violation> broken = new ArrayList<>(PackageRules.outgoing(entry.receivingService(), config.partnership()));
        broken.addAll(TransferRequestRules.contents(entry.kind(), entry.summary(), entry.checklist()));
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        Instant now = clock.instant();
        Deadline due = TransferDeadlinesRule.requestDue(deadlines, policies.policyOf(home), entry.decidedOn());
        TransferPackage sent = new TransferPackage();
        sent.id = UUID.randomUUID();
        sent.direction = Direction.OUTGOING;
        sent.kind = entry.kind();
        sent.fromService = home;
        sent.toService = entry.receivingService().strip();
        sent.sourcePackageId = sent.id;
        sent.caseId = entry.caseId();
        sent.status = Status.SENT;
        sent.currentVersion = 1;
        sent.decidedOn = entry.decidedOn();
        sent.requestDueDate = due.dueDate();
        sent.requestDueAt = due.dueAt();
        sent.requestPolicy = due.policyVersion();
        sent.createdBy = caller.username();
        sent.createdAt = now;
        entityManager.persist(sent);
        entityManager.persist(version(sent, entry.summary(), entry.checklist(), null, caller.username(), now, null, null));
        // TRF-4, as for a transfer on the platform: started by the decision, met by sending the package
        TimeLimitEvents.TimeLimit request = new TimeLimitEvents.TimeLimit(sent.id, sent.caseId, home,
                TransferDeadlinesRule.REQUEST, TimeLimitEvents.SEND_REQUEST, TransferDeadlinesRule.requestCountedFrom(sent.decidedOn),
                sent.requestDueDate, sent.requestDueAt);
        timeLimits.opened(request);
        timeLimits.met(request, sent.createdAt);
        audit.record("transfer-package.sent", "transfer-package", sent.id,
                sent.kind.name().toLowerCase() + " transfer package to " + sent.toService);
        return sent;
    }

    /** TRF-6: the home authority sends its stayed or rejected package again, as the next version. */
    @Transactional
    public TransferPackage resend(UUID packageId, Resending entry) {
        TransferPackage sent = forUpdate(packageId);
        List<Violation> conflict = PackageRules.resendable(sent.direction, sent.status);
        if (!conflict.isEmpty()) {
            throw ProblemException.conflict(conflict.get(0));
        }
        List<Violation> broken = TransferRequestRules.contents(sent.kind, entry.summary(), entry.checklist());
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        Instant now = clock.instant();
        sent.currentVersion++;
        sent.status = Status.SENT;
        entityManager.persist(version(sent, entry.summary(), entry.checklist(), entry.whatChanged(), caller.username(), now, null, null));
        audit.record("transfer-package.sent-again", "transfer-package", sent.id, entry.whatChanged());
        return sent;
    }

    /**
     * TRF-17: another service's package, imported for the caller's authority: a new incoming package, or the next
     * version of one this authority stayed or rejected. Refused whole with every broken rule.
     */
    @Transactional
    public TransferPackage importPackage(PackageDocument document) {
        List<Violation> unreadable = PackageRules.format(document.format(), document.version());
        if (!unreadable.isEmpty()) {
            throw ProblemException.invalid(unreadable);
        }
        String authority = caller.authority();
        String fromService = document.fromService().strip();
        List<Violation> broken = new ArrayList<>(PackageRules.incoming(fromService, document.toService(), authority,
                config.partnership()));
        broken.addAll(TransferRequestRules.contents(document.kind(), document.summary(), document.checklist()));
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        Instant now = clock.instant();
        Optional<TransferPackage> known = entityManager.createQuery("""
                        from TransferPackage where direction = :incoming and fromService = :from and sourcePackageId = :source""",
                        TransferPackage.class)
                .setParameter("incoming", Direction.INCOMING).setParameter("from", fromService)
                .setParameter("source", document.packageId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        TransferPackage received;
        if (known.isPresent()) {
            received = known.get();
            List<Violation> conflict = PackageRules.nextVersion(received.status, received.currentVersion, received.kind,
                    document.packageVersion(), document.kind());
            if (!conflict.isEmpty()) {
                throw ProblemException.conflict(conflict.get(0));
            }
            received.currentVersion = document.packageVersion();
            received.status = Status.RECEIVED;
            received.toService = document.toService().strip();
            received.decidedOn = document.decidedOn();
        } else {
            received = new TransferPackage();
            received.id = UUID.randomUUID();
            received.direction = Direction.INCOMING;
            received.kind = document.kind();
            received.fromService = fromService;
            received.toService = document.toService().strip();
            received.sourcePackageId = document.packageId();
            received.status = Status.RECEIVED;
            received.currentVersion = document.packageVersion();
            received.decidedOn = document.decidedOn();
            received.createdBy = caller.username();
            received.createdAt = now;
            entityManager.persist(received);
        }
        entityManager.persist(version(received, document.summary(), document.checklist(), document.whatChanged(),
                document.sentBy(), document.sentAt(), caller.username(), now));
        // the same package imported twice at the same moment: the second fails here (409), not at commit
        entityManager.flush();
        audit.record("transfer-package.imported", "transfer-package", received.id, received.kind.name().toLowerCase()
                + " transfer package from " + received.fromService + ", version " + received.currentVersion);
        return received;
    }

    /** TRF-6, TRF-17: the answer to the current version, once; recorded by a manager of the authority whose package it is. */
    @Transactional
    public PackageAnswer answer(UUID packageId, Answer entry) {
        TransferPackage answered = forUpdate(packageId);
        List<Violation> conflict = PackageRules.answerable(answered.status, answered.currentVersion, answered.caseOpenedAt != null,
                entry.answer());
        if (!conflict.isEmpty()) {
            throw ProblemException.conflict(conflict.get(0));
        }
        PackageVersion current = version(answered, answered.currentVersion);
        Instant versionArrived = current.receivedAt != null ? current.receivedAt : current.sentAt;
        List<Violation> invalid = PackageRules.answerDate(entry.answeredOn(), Moments.ukDate(versionArrived), Moments.ukToday(clock));
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        PackageAnswer answer = new PackageAnswer();
        answer.id = UUID.randomUUID();
        answer.packageId = answered.id;
        answer.versionNumber = answered.currentVersion;
        answer.answer = entry.answer();
        answer.reasons = json.write(entry.reasons());
        answer.answeredOn = entry.answeredOn();
        answer.answeredBy = entry.answeredBy().strip();
        answer.recordedBy = caller.username();
        answer.recordedAt = clock.instant();
        entityManager.persist(answer);
        answered.status = Status.after(entry.answer());
        // a second answer to the same version, committed meanwhile, fails here (409)
        entityManager.flush();
        audit.record("transfer-package." + entry.answer().name().toLowerCase(), "transfer-package", answered.id,
                "version " + answer.versionNumber + ", answered by " + answer.answeredBy + " on " + answer.answeredOn + ": "
                        + String.join("; ", entry.reasons()));
        return answer;
    }

    /**
     * TRF-17: the case the receiving authority opened from an incoming package, which closes its task; X-1: a case the
     * caller's authority holds (404 otherwise, an unknown case and another authority's alike).
     */
    @Transactional
    public TransferPackage caseOpened(UUID packageId, CaseOpened entry) {
        TransferPackage received = forUpdate(packageId);
        List<Violation> conflict = PackageRules.caseOpenable(received.direction, received.status, received.caseOpenedAt != null);
        if (!conflict.isEmpty()) {
            throw ProblemException.conflict(conflict.get(0));
        }
        cases.requireHeldBy(entry.caseId(), caller.authority());
        received.caseId = entry.caseId();
        received.caseOpenedBy = caller.username();
        received.caseOpenedAt = clock.instant();
        audit.record("transfer-package.case-opened", "transfer-package", received.id, "case " + entry.caseId());
        return received;
    }

    /** A package of the caller's authority; to any other it does not exist (404, X-1). */
    public TransferPackage readable(UUID packageId) {
        return find(packageId, false);
    }

    private TransferPackage forUpdate(UUID packageId) {
        return find(packageId, true);
    }

    private TransferPackage find(UUID packageId, boolean lock) {
        var query = entityManager.createQuery("from TransferPackage where id = :id", TransferPackage.class)
                .setParameter("id", packageId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        // the tenant filter keeps other authorities' packages out of the query; the comparison says so where it is decided
        return query.getResultStream().filter(found -> found.authority().equals(caller.authority())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("transfer package " + packageId));
    }

    /** The caller's authority's packages going one way, newest first. */
    public Page<TransferPackage> ofAuthority(Direction direction, PageRequest page) {
        List<TransferPackage> items = entityManager.createQuery("from TransferPackage where direction = :d order by createdAt desc, id",
                        TransferPackage.class)
                .setParameter("d", direction).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = entityManager.createQuery("select count(*) from TransferPackage where direction = :d", Long.class)
                .setParameter("d", direction).getSingleResult();
        return new Page<>(items, total, page);
    }

    /**
     * TRF-17: incoming packages awaiting the case the receiving authority opens from them, oldest first; {@code mine}
     * keeps those the caller imported.
     */
    public List<TransferPackage> awaitingCaseOpening(boolean mine) {
        return entityManager.createQuery("""
                        from TransferPackage p where p.direction = :incoming and p.caseOpenedAt is null and p.status in :open
                          and (:mine = false or exists (select v.id from PackageVersion v
                                                        where v.packageId = p.id and v.receivedBy = :me))
                        order by p.createdAt, p.id""", TransferPackage.class)
                .setParameter("incoming", Direction.INCOMING).setParameter("open", List.of(Status.RECEIVED, Status.ACCEPTED))
                .setParameter("mine", mine).setParameter("me", caller.username()).getResultList().stream()
                .filter(p -> PackageRules.awaitsCaseOpening(p.direction, p.status, p.caseOpenedAt != null)).toList();
    }

    public PackageVersion version(TransferPackage transferPackage, int number) {
        return entityManager.createQuery("from PackageVersion where packageId = :id and number = :n", PackageVersion.class)
                .setParameter("id", transferPackage.id).setParameter("n", number).getSingleResult();
    }

    public List<PackageVersion> versions(TransferPackage transferPackage) {
        return entityManager.createQuery("from PackageVersion where packageId = :id order by number", PackageVersion.class)
                .setParameter("id", transferPackage.id).getResultList();
    }

    public List<PackageAnswer> answers(TransferPackage transferPackage) {
        return entityManager.createQuery("from PackageAnswer where packageId = :id order by versionNumber", PackageAnswer.class)
                .setParameter("id", transferPackage.id).getResultList();
    }

    public TransferSummary summary(PackageVersion version) {
        return json.read(version.summary, new TypeReference<>() {
        });
    }

    public List<DocumentsChecklist.Entry> checklist(PackageVersion version) {
        return json.read(version.checklist, new TypeReference<>() {
        });
    }

    public List<String> reasons(PackageAnswer answer) {
        return json.texts(answer.reasons);
    }

    /** TRF-4, outgoing: met when the package was sent in time. */
    public String requestStatus(TransferPackage sent) {
        return DeadlineStatus.of(sent.requestDueAt, clock.instant(), Optional.of(sent.createdAt)).wireName();
    }

    /** The current version as the machine-readable package ({@value PackageRules#FORMAT}, version 1). */
    public PackageDocument document(TransferPackage transferPackage) {
        PackageVersion current = version(transferPackage, transferPackage.currentVersion);
        return new PackageDocument(PackageRules.FORMAT, PackageRules.FORMAT_VERSION, transferPackage.sourcePackageId,
                current.number, transferPackage.kind, transferPackage.fromService, transferPackage.toService,
                transferPackage.decidedOn, current.sentAt, current.sentBy, current.whatChanged, summary(current), checklist(current));
    }

    /** The current version as a PDF for people: Appendix A's fields and the checklist. */
    public byte[] pdf(TransferPackage transferPackage) {
        return PackagePdf.render(document(transferPackage));
    }

    private PackageVersion version(TransferPackage transferPackage, TransferSummary summary, List<DocumentsChecklist.Entry> checklist,
            String whatChanged, String sentBy, Instant sentAt, String receivedBy, Instant receivedAt) {
        PackageVersion version = new PackageVersion();
        version.id = UUID.randomUUID();
        version.packageId = transferPackage.id;
        version.number = transferPackage.currentVersion;
        version.summary = json.write(summary);
        version.checklist = json.write(checklist);
        version.whatChanged = whatChanged;
        version.sentBy = sentBy;
        version.sentAt = sentAt;
        version.receivedBy = receivedBy;
        version.receivedAt = receivedAt;
        return version;
    }
}
