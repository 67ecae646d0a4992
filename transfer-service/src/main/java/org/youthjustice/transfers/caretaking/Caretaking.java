package org.youthjustice.transfers.caretaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;
import org.youthjustice.transfers.caretaking.CaretakingRules.ReportKind;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;
import org.youthjustice.transfers.requests.StoredJson;
import org.youthjustice.transfers.requests.Transfer;
import org.youthjustice.transfers.requests.TransferAccess;
import org.youthjustice.transfers.requests.TransferVisibilityRule.Party;

/**
 * Caretaking between two authorities: the agreement drafted after a caretaking transfer is accepted and signed
 * by both sides (TRF-8), which starts it ({@code caretaking.started}, addressed to the home authority, which
 * keeps the case); the host's contact records, non-compliance and stage updates with the home's answers (TRF-9,
 * TRF-14, TRF-15); residence and the presumption of full transfer (TRF-2); its end ({@code caretaking.ended}).
 * Each change is audited in the acting authority and announced in the same transaction.
 */
@ApplicationScoped
public class Caretaking {
    /** TRF-8's time limit: the review no later than 3 months after acceptance (the home authority's policy). */
    public static final String REVIEW_LIMIT = "TRF-8-review";
    /** TRF-2's time limit: 3 months of residence, or of caretaking. */
    public static final String PRESUMPTION_LIMIT = "TRF-2";

    @Inject
    EntityManager entityManager;

    @Inject
    TransferAccess access;

    @Inject
    StoredJson json;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    Clock clock;

    /** The terms of an agreement (TRF-8); responsibilities left out take Appendix B's defaults. */
    public record AgreementEntry(
            @NotBlank @Size(max = 200) String hostCaseManager,
            @NotBlank @Size(max = 200) String homeResponsibleOfficer,
            @NotNull LocalDate startDate,
            @NotNull LocalDate reviewDate,
            @Size(max = 30) List<@NotBlank @Size(max = 500) String> hostResponsibilities,
            @Size(max = 30) List<@NotBlank @Size(max = 500) String> homeResponsibilities,
            @Min(1) @Max(31) Integer contactEveryDays,
            LocalDate residentInHostSince,
            Boolean likelyToRemain) {
    }

    public record ResidenceEntry(@NotNull LocalDate residentInHostSince, @NotNull Boolean likelyToRemain) {
    }

    public record ContinuationEntry(@NotBlank @Size(max = 4000) String reason) {
    }

    public record EndEntry(@NotNull LocalDate endDate, @NotNull CaretakingEnded.Outcome outcome, @NotBlank @Size(max = 4000) String reason) {
    }

    public record ReportEntry(@NotNull ReportKind kind, @NotNull LocalDate occurredOn, @Size(max = 100) String stage,
            @NotBlank @Size(max = 8000) String summary) {
    }

    public record AnswerEntry(@NotBlank @Size(max = 200) String answer,
            @NotEmpty(message = "[TRF-15] an answer always gives its reasons") List<@NotBlank @Size(max = 4000) String> reasons) {
    }

    public record ActedOnEntry(@NotBlank @Size(max = 4000) String note) {
    }

    /** An agreement with the caller's side of it. */
    public record Seen(CaretakingAgreement agreement, Side side) {
    }

    public Seen agreement(UUID transferId) {
        TransferAccess.Visible visible = access.readable(transferId);
        CaretakingAgreement agreement = entityManager.find(CaretakingAgreement.class, transferId);
        if (agreement == null) {
            throw ProblemException.notFound("caretaking agreement of transfer " + transferId);
        }
        return new Seen(agreement, side(visible.party()));
    }

    /** TRF-8: drafted (or redrafted, which clears any signature) by either side of an accepted caretaking transfer. */
    @Transactional
    public Seen draft(UUID transferId, AgreementEntry entry) {
        TransferAccess.Visible visible = access.readable(transferId);
        requireRole(TransferAccess.REQUEST);
        Transfer transfer = visible.transfer();
        if (transfer.kind != TransferKind.CARETAKING || transfer.status != Transfer.Status.ACCEPTED) {
            throw ProblemException.conflict(Violation.ofRule("TRF-8", "transfer",
                    "a caretaking agreement follows the acceptance of a caretaking transfer; this is a "
                            + transfer.kind.name().toLowerCase() + " transfer, " + transfer.status.wireName()));
        }
        CaretakingAgreement agreement = entityManager.find(CaretakingAgreement.class, transferId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement != null && agreement.signedByBoth()) {
            throw ProblemException.conflict(Violation.ofRule("TRF-8", "agreement",
                    "both sides signed this agreement: it is in force and no longer changed"));
        }
        LocalDate acceptedOn = Moments.ukDate(transfer.lastDecidedAt);
        Deadline latestReview = deadlines.deadline(policies.policyOf(transfer.homeAuthority), REVIEW_LIMIT,
                acceptedOn.atTime(LocalTime.NOON).atZone(Moments.UK).toInstant());
        List<String> host = entry.hostResponsibilities() == null ? AppendixB.HOST : entry.hostResponsibilities();
        List<String> home = entry.homeResponsibilities() == null ? AppendixB.HOME : entry.homeResponsibilities();
        List<Violation> broken = CaretakingRules.terms(acceptedOn, entry.startDate(), entry.reviewDate(), latestReview.dueDate(),
                host, home);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        boolean fresh = agreement == null;
        if (fresh) {
            agreement = new CaretakingAgreement();
            agreement.transferId = transfer.id;
            agreement.homeAuthority = transfer.homeAuthority;
            agreement.hostAuthority = transfer.receivingAuthority;
            agreement.caseId = transfer.caseId;
        }
        agreement.hostCaseManager = entry.hostCaseManager();
        agreement.homeResponsibleOfficer = entry.homeResponsibleOfficer();
        agreement.startDate = entry.startDate();
        agreement.reviewDate = entry.reviewDate();
        agreement.latestReviewDate = latestReview.dueDate();
        agreement.reviewPolicy = latestReview.policyVersion();
        agreement.hostResponsibilities = json.write(host);
        agreement.homeResponsibilities = json.write(home);
        agreement.contactEveryDays = entry.contactEveryDays() == null ? 7 : entry.contactEveryDays();
        agreement.residentInHostSince = entry.residentInHostSince() == null ? entry.startDate() : entry.residentInHostSince();
        agreement.likelyToRemain = Boolean.TRUE.equals(entry.likelyToRemain());
        // a change of terms needs both signatures again
        agreement.homeSignedBy = null;
        agreement.homeSignedAt = null;
        agreement.hostSignedBy = null;
        agreement.hostSignedAt = null;
        agreement.draftedBy = caller.username();
        agreement.draftedAt = clock.instant();
        if (fresh) {
            entityManager.persist(agreement);
        }
        audit.record("caretaking.agreement-drafted", "transfer", transfer.id, "review by " + entry.reviewDate());
        return new Seen(agreement, side(visible.party()));
    }

    /** TRF-8: the caller signs for its side; the second signature starts caretaking ({@code caretaking.started}). */
    @Transactional
    public Seen sign(UUID transferId) {
        Seen seen = locked(transferId);
        requireRole(TransferAccess.REVIEW);
        CaretakingAgreement agreement = seen.agreement();
        boolean signed = seen.side() == Side.HOME ? agreement.homeSignedAt != null : agreement.hostSignedAt != null;
        List<Violation> refused = CaretakingRules.signable(signed, agreement.ended());
        if (!refused.isEmpty()) {
            throw ProblemException.conflict(refused.get(0));
        }
        Instant now = clock.instant();
        if (seen.side() == Side.HOME) {
            agreement.homeSignedBy = caller.username();
            agreement.homeSignedAt = now;
        } else {
            agreement.hostSignedBy = caller.username();
            agreement.hostSignedAt = now;
        }
        audit.record("caretaking.agreement-signed", "transfer", transferId, "signed for the " + seen.side().name().toLowerCase()
                + " authority");
        if (agreement.signedByBoth()) {
            // EVENTS.md: the home authority keeps the case, so the envelope names it
            outbox.record(new CaretakingStarted(transferId, agreement.hostAuthority, agreement.startDate, agreement.reviewDate,
                    responsibilities(agreement)), agreement.caseId, agreement.homeAuthority);
        }
        return seen;
    }

    /** TRF-2: where the child lives and whether likely to remain, recorded by either side as it learns it. */
    @Transactional
    public Seen residence(UUID transferId, ResidenceEntry entry) {
        Seen seen = locked(transferId);
        requireRole(TransferAccess.REQUEST);
        requireNotEnded(seen.agreement());
        if (entry.residentInHostSince().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("residentInHostSince", "today or earlier")));
        }
        seen.agreement().residentInHostSince = entry.residentInHostSince();
        seen.agreement().likelyToRemain = entry.likelyToRemain();
        audit.record("caretaking.residence-recorded", "transfer", transferId, "resident since " + entry.residentInHostSince()
                + (entry.likelyToRemain() ? ", likely to remain" : ""));
        return seen;
    }

    /** TRF-2: the home authority's reason for caretaking beyond 3 months rather than a full transfer. */
    @Transactional
    public Seen continuation(UUID transferId, ContinuationEntry entry) {
        Seen seen = locked(transferId);
        requireRole(TransferAccess.REVIEW);
        requireNotEnded(seen.agreement());
        if (seen.side() != Side.HOME) {
            throw ProblemException.ruleViolations(List.of(Violation.ofRule("TRF-2", "reason",
                    "the home authority, accountable for the case, records why caretaking continues")));
        }
        seen.agreement().continuationReason = entry.reason();
        seen.agreement().continuationRecordedBy = caller.username();
        audit.record("caretaking.continued", "transfer", transferId, entry.reason());
        return seen;
    }

    /** The home authority ends caretaking: the child returned home, or the case becomes a full transfer. */
    @Transactional
    public Seen end(UUID transferId, EndEntry entry) {
        Seen seen = locked(transferId);
        requireRole(TransferAccess.REVIEW);
        CaretakingAgreement agreement = seen.agreement();
        List<Violation> broken = new ArrayList<>();
        if (seen.side() != Side.HOME) {
            broken.add(Violation.ofRule("TRF-14", "outcome", "the home authority, accountable for the case, ends caretaking"));
        }
        if (!agreement.inForce()) {
            broken.add(Violation.ofRule("TRF-8", "agreement", "only caretaking in force (signed by both sides) ends"));
        }
        if (entry.endDate().isAfter(Moments.ukToday(clock)) || entry.endDate().isBefore(agreement.startDate)) {
            broken.add(Violation.ofField("endDate", "between the start of caretaking and today"));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        agreement.endedOn = entry.endDate();
        agreement.endOutcome = entry.outcome().name();
        agreement.endReason = entry.reason();
        Transfer transfer = entityManager.find(Transfer.class, transferId);
        transfer.status = Transfer.Status.ENDED;
        transfer.endedOn = entry.endDate();
        outbox.record(new CaretakingEnded(transferId, agreement.hostAuthority, agreement.startDate, agreement.reviewDate,
                responsibilities(agreement), entry.endDate(), entry.outcome()), agreement.caseId, agreement.homeAuthority);
        audit.record("caretaking.ended", "transfer", transferId, entry.outcome().name().toLowerCase() + ": " + entry.reason());
        return seen;
    }

    /** TRF-9, TRF-15: the host sends a contact record, non-compliance or a stage update. */
    @Transactional
    public CaretakingReport report(UUID transferId, ReportEntry entry) {
        Seen seen = agreement(transferId);
        requireRole(TransferAccess.REQUEST);
        List<Violation> broken = CaretakingRules.reportable(seen.side(), seen.agreement().inForce(), entry.kind(), entry.stage());
        if (entry.occurredOn().isAfter(Moments.ukToday(clock))) {
            broken = new ArrayList<>(broken);
            broken.add(Violation.ofField("occurredOn", "today or earlier"));
        }
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        CaretakingReport report = new CaretakingReport();
        report.id = UUID.randomUUID();
        report.transferId = transferId;
        report.authority = caller.authority();
        report.kind = entry.kind();
        report.occurredOn = entry.occurredOn();
        report.stage = entry.stage();
        report.summary = entry.summary();
        report.sentBy = caller.username();
        report.sentAt = clock.instant();
        entityManager.persist(report);
        audit.record("caretaking." + entry.kind().wireName() + "-sent", "transfer", transferId, "of " + entry.occurredOn());
        return report;
    }

    /** TRF-14, TRF-15: the home authority answers a stage update or decides on reported non-compliance. */
    @Transactional
    public CaretakingReport answer(UUID transferId, UUID reportId, AnswerEntry entry) {
        Seen seen = agreement(transferId);
        requireRole(TransferAccess.REQUEST);
        CaretakingReport report = lockedReport(transferId, reportId);
        List<Violation> broken = CaretakingRules.answerable(seen.side(), report.kind, report.answeredAt != null, entry.answer());
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        report.answer = entry.answer();
        report.answerReasons = json.write(entry.reasons());
        report.answeredBy = caller.username();
        report.answeredAt = clock.instant();
        audit.record("caretaking." + report.kind.wireName() + "-answered", "transfer", transferId, entry.answer());
        return report;
    }

    /** TRF-14: the host records acting on the home authority's compliance decision. */
    @Transactional
    public CaretakingReport actedOn(UUID transferId, UUID reportId, ActedOnEntry entry) {
        Seen seen = agreement(transferId);
        requireRole(TransferAccess.REQUEST);
        CaretakingReport report = lockedReport(transferId, reportId);
        List<Violation> broken = CaretakingRules.actionable(seen.side(), report.kind, report.answeredAt != null,
                report.actedOnAt != null);
        if (!broken.isEmpty()) {
            throw ProblemException.ruleViolations(broken);
        }
        report.actedOnBy = caller.username();
        report.actedOnAt = clock.instant();
        report.actedOnNote = entry.note();
        audit.record("caretaking.decision-acted-on", "transfer", transferId, entry.note());
        return report;
    }

    public List<CaretakingReport> reports(UUID transferId) {
        agreement(transferId);
        return entityManager.createQuery("from CaretakingReport where transferId = :t order by occurredOn desc, sentAt desc",
                CaretakingReport.class).setParameter("t", transferId).getResultList();
    }

    /**
     * One page of the agreements the caller's authority is a side of, as home or host, newest first, in a status
     * ({@link CaretakingViews#status}: {@code awaiting-signatures}, {@code in-force}, {@code ended}) or all of them; the
     * id breaks ties so that pages neither repeat nor skip.
     */
    public Page<CaretakingAgreement> ofAuthority(String authority, String status, PageRequest page) {
        String where = "where (homeAuthority = :a or hostAuthority = :a)" + (status == null ? "" : switch (status) {
            case "ended" -> " and endedOn is not null";
            case "in-force" -> " and endedOn is null and homeSignedAt is not null and hostSignedAt is not null";
            case "awaiting-signatures" -> " and endedOn is null and (homeSignedAt is null or hostSignedAt is null)";
            default -> throw new IllegalArgumentException(status);
        });
        List<CaretakingAgreement> items = entityManager.createQuery("from CaretakingAgreement " + where
                        + " order by draftedAt desc, transferId desc", CaretakingAgreement.class)
                .setParameter("a", authority).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = entityManager.createQuery("select count(*) from CaretakingAgreement " + where, Long.class)
                .setParameter("a", authority).getSingleResult();
        return new Page<>(items, total, page);
    }

    /** The agreements in force or awaiting signatures that the authority is a side of, as home or host. */
    public List<CaretakingAgreement> openOf(String authority) {
        return entityManager.createQuery("""
                        from CaretakingAgreement where (homeAuthority = :a or hostAuthority = :a) and endedOn is null
                        order by draftedAt desc""", CaretakingAgreement.class).setParameter("a", authority).getResultList();
    }

    /** The latest contact record's date of an agreement (TRF-9); null before the first. */
    public LocalDate lastContactOn(UUID transferId) {
        return lastContactsOf(List.of(transferId)).get(transferId);
    }

    /** The latest contact record's date of each of these agreements that has one (TRF-9), in one read. */
    public java.util.Map<UUID, LocalDate> lastContactsOf(java.util.Collection<UUID> transferIds) {
        if (transferIds.isEmpty()) {
            return java.util.Map.of();
        }
        return entityManager.createQuery("""
                        select r.transferId, max(r.occurredOn) from CaretakingReport r
                        where r.transferId in :t and r.kind = :k group by r.transferId""", Object[].class)
                .setParameter("t", transferIds).setParameter("k", ReportKind.CONTACT).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (UUID) row[0], row -> (LocalDate) row[1]));
    }

    /**
     * The reports of these agreements still waiting for a side: the home's answer to a stage update or
     * non-compliance (TRF-14, TRF-15), or the host's action on the home's decision (TRF-14), oldest first.
     */
    public List<CaretakingReport> awaitingOf(java.util.Collection<UUID> transferIds) {
        if (transferIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        from CaretakingReport r where r.transferId in :t and r.kind <> :contact
                          and (r.answeredAt is null or (r.kind = :nonCompliance and r.actedOnAt is null))
                        order by r.sentAt""", CaretakingReport.class)
                .setParameter("t", transferIds).setParameter("contact", ReportKind.CONTACT)
                .setParameter("nonCompliance", ReportKind.NON_COMPLIANCE).getResultList();
    }

    /** TRF-2: the day 3 months (the home's policy) after {@code from}. */
    public LocalDate threeMonthsAfter(CaretakingAgreement agreement, LocalDate from) {
        return deadlines.deadline(policies.policyOf(agreement.homeAuthority), PRESUMPTION_LIMIT,
                from.atTime(LocalTime.NOON).atZone(Moments.UK).toInstant()).dueDate();
    }

    public List<String> texts(String stored) {
        return json.texts(stored);
    }

    private Seen locked(UUID transferId) {
        Seen seen = agreement(transferId);
        entityManager.refresh(seen.agreement(), LockModeType.PESSIMISTIC_WRITE);
        return seen;
    }

    private CaretakingReport lockedReport(UUID transferId, UUID reportId) {
        CaretakingReport report = entityManager.find(CaretakingReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !report.transferId.equals(transferId)) {
            throw ProblemException.notFound("report " + reportId);
        }
        return report;
    }

    private List<String> responsibilities(CaretakingAgreement agreement) {
        List<String> all = new ArrayList<>();
        json.texts(agreement.hostResponsibilities).forEach(text -> all.add("host: " + text));
        json.texts(agreement.homeResponsibilities).forEach(text -> all.add("home: " + text));
        AppendixB.COURT_DUTIES.forEach(text -> all.add("home: " + text));
        return all;
    }

    private void requireRole(String... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw ProblemException.forbidden("your roles do not allow this");
        }
    }

    private static void requireNotEnded(CaretakingAgreement agreement) {
        if (agreement.ended()) {
            throw ProblemException.conflict(Violation.ofRule("TRF-8", "agreement", "this caretaking ended on " + agreement.endedOn));
        }
    }

    private static Side side(Party party) {
        return party == Party.HOME ? Side.HOME : Side.HOST;
    }
}
