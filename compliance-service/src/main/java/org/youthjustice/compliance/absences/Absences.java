package org.youthjustice.compliance.absences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.youthjustice.compliance.appointments.Appointments;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.TimeLimitEvents;
import org.youthjustice.events.compliance.AbsenceJudged;
import org.youthjustice.events.compliance.EvidenceKind;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * Absences (Wokingham guidance, "Attendance and Compliance"): each missed appointment is followed up by
 * phone or home visit within 1 working day (CMP-4) and judged. Acceptable needs written evidence
 * (CMP-2), or, once per order for a child with an otherwise good record, the exception with its rationale
 * and a verbal warning in writing (CMP-3). Without either it is unacceptable, and escalates (CMP-5 to 8).
 */
@ApplicationScoped
public class Absences {
    static final String FOLLOW_UP = "CMP-4";

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Event<Judged> judged;

    @Inject
    Clock clock;

    @Inject
    TimeLimitEvents timeLimits;

    /** A judgement or a change of it, told synchronously to enforcement, in the same transaction. */
    public record Judged(Absence absence) {
    }

    public record FollowUp(@NotNull @Pattern(regexp = "phone-call|home-visit|unable-to-contact",
            message = "must be phone-call, home-visit or unable-to-contact") String kind, @NotNull Instant at,
            @Size(max = 2000) String note) {
    }

    public record Evidence(@NotNull EvidenceKind kind, @NotBlank @Size(max = 2000) String description, LocalDate receivedOn) {
    }

    /** CMP-3: the once-per-order exception, with why, and the verbal warning as it was given. */
    public record ExceptionEntry(@NotBlank @Size(max = 2000) String rationale, @NotBlank @Size(max = 2000) String verbalWarning) {
    }

    /** A judgement asked for; the judgement itself is {@link Absence.Judgement}. */
    public record JudgementEntry(@NotNull Boolean acceptable, @Valid Evidence evidence, @Valid ExceptionEntry exception) {
    }

    void open(@Observes Appointments.Missed missed) {
        var appointment = missed.appointment();
        Deadline followUp = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), FOLLOW_UP, appointment.startsAt);
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.caseId = appointment.caseId;
        absence.orderId = appointment.orderId;
        absence.appointmentId = appointment.id;
        absence.missedAt = appointment.startsAt;
        absence.followUpDueDate = followUp.dueDate();
        absence.followUpDueAt = followUp.dueAt();
        absence.followUpPolicyVersion = followUp.policyVersion();
        absence.followUpTimeLimit = followUp.limit().toString();
        absence.judgement = Absence.Judgement.AWAITING;
        entityManager.persist(absence);
        timeLimits.opened(followUpOf(absence));
    }

    /** The absence's CMP-4 time limit: a follow-up within 1 working day of the missed appointment. */
    static TimeLimitEvents.TimeLimit followUpOf(Absence absence) {
        return new TimeLimitEvents.TimeLimit(absence.id, absence.caseId, FOLLOW_UP, "follow-up", absence.missedAt,
                absence.followUpDueDate, absence.followUpDueAt);
    }

    /** Open follow-ups (not done, the absence not judged: those on the due list) go with the case to its new holder. */
    void holderChanged(@Observes TimeLimitEvents.HolderChanged changed) {
        entityManager.createQuery("from Absence where caseId = :id and followedUpAt is null and judgement = :awaiting",
                        Absence.class)
                .setParameter("id", changed.caseId()).setParameter("awaiting", Absence.Judgement.AWAITING).getResultStream()
                .forEach(open -> timeLimits.heldBy(followUpOf(open), changed.team(), changed.caseManager()));
    }

    @Transactional
    public Absence followUp(SupervisedCase childCase, UUID absenceId, FollowUp entry) {
        Absence absence = find(childCase, absenceId);
        List<Violation> violations = new ArrayList<>();
        if (entry.at().isBefore(absence.missedAt)) {
            violations.add(Violation.ofField("at", "a follow-up comes after the missed appointment"));
        }
        if (Moments.inTheFuture(entry.at(), clock.instant())) {
            violations.add(Violation.ofField("at", "a follow-up is recorded once it has happened"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (absence.followedUpAt != null) {
            return absence;
        }
        absence.followUpKind = entry.kind();
        absence.followedUpAt = entry.at();
        absence.followedUpBy = caller.username();
        absence.followUpNote = entry.note();
        if (absence.judgement == Absence.Judgement.AWAITING) {
            // a judgement before it closed the time limit already (judge), as it left the due list
            timeLimits.met(followUpOf(absence), entry.at());
        }
        audit.record("absence.followed-up", "case", childCase.id, entry.kind());
        return absence;
    }

    /**
     * CMP-2, CMP-3: judges an absence awaiting judgement. Acceptable needs evidence or the exception;
     * the exception is refused the second time in an order. Judged already: 409.
     */
    @Transactional
    public Absence judge(SupervisedCase childCase, UUID absenceId, JudgementEntry entry) {
        Absence absence = find(childCase, absenceId);
        if (absence.judgement != Absence.Judgement.AWAITING) {
            throw ProblemException.conflict("the absence is already judged " + absence.judgement.wireName()
                    + "; written evidence arriving later is recorded with POST .../evidence");
        }
        boolean byException = entry.exception() != null;
        // the order's earlier exception matters only when this judgement asks for one: read it only then
        AbsenceJudgementRule.Decision decision = AbsenceJudgementRule.judge(entry.acceptable(),
                entry.evidence() == null ? null : entry.evidence().kind(), byException, byException && exceptionUsed(absence.orderId));
        if (decision.refused()) {
            throw ProblemException.ruleViolations(decision.violations());
        }
        absence.judgement = decision.judgement();
        if (entry.evidence() != null) {
            evidence(absence, entry.evidence());
        }
        if (entry.exception() != null) {
            absence.exceptionUsed = true;
            absence.exceptionRationale = entry.exception().rationale();
            absence.verbalWarning = entry.exception().verbalWarning();
        }
        absence.judgedBy = caller.username();
        absence.judgedAt = clock.instant();
        if (absence.followedUpAt == null) {
            // judged without a follow-up recorded: the follow-up leaves the due list, and its time limit no longer runs
            timeLimits.notApplicable(followUpOf(absence), "the absence was judged " + absence.judgement.wireName()
                    + " before a follow-up was recorded", absence.judgedAt);
        }
        // another judgement of this absence committed meanwhile fails this one on its version (409);
        // a second exception in the order at the same moment fails on its unique index
        entityManager.flush();
        announce(childCase, absence);
        return absence;
    }

    /**
     * CMP-2: written evidence arriving after the absence was judged unacceptable makes it acceptable;
     * enforcement steps it started that are not done yet are withdrawn.
     */
    @Transactional
    public Absence evidenceArrived(SupervisedCase childCase, UUID absenceId, Evidence entry) {
        Absence absence = find(childCase, absenceId);
        List<Violation> violations = AbsenceJudgementRule.lateEvidence(entry.kind(), "kind");
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        if (absence.judgement == Absence.Judgement.ACCEPTABLE) {
            return absence;
        }
        absence.judgement = Absence.Judgement.ACCEPTABLE;
        evidence(absence, entry);
        absence.judgedBy = caller.username();
        absence.judgedAt = clock.instant();
        entityManager.flush();
        announce(childCase, absence);
        return absence;
    }

    private void evidence(Absence absence, Evidence entry) {
        absence.evidenceKind = entry.kind();
        absence.evidenceDescription = entry.description();
        absence.evidenceReceivedOn = entry.receivedOn() == null ? Moments.ukToday(clock)
                : entry.receivedOn();
    }

    private void announce(SupervisedCase childCase, Absence absence) {
        boolean acceptable = absence.judgement == Absence.Judgement.ACCEPTABLE;
        outbox.record(new AbsenceJudged(absence.id, acceptable, absence.evidenceKind == null ? EvidenceKind.NONE : absence.evidenceKind,
                absence.exceptionUsed), childCase.id);
        audit.record("absence.judged-" + absence.judgement.wireName(), "case", childCase.id, absence.exceptionRationale);
        judged.fire(new Judged(absence));
    }

    private boolean exceptionUsed(UUID orderId) {
        return !entityManager.createQuery("select a.id from Absence a where a.orderId = :order and a.exceptionUsed = true", UUID.class)
                .setParameter("order", orderId).setMaxResults(1).getResultList().isEmpty();
    }

    private Absence find(SupervisedCase childCase, UUID absenceId) {
        Absence absence = entityManager.find(Absence.class, absenceId);
        if (absence == null || !absence.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("absence " + absenceId);
        }
        return absence;
    }

    public List<Absence> ofCase(UUID caseId) {
        return entityManager.createQuery("from Absence where caseId = :id order by missedAt", Absence.class)
                .setParameter("id", caseId).getResultList();
    }

    public List<Absence> ofOrder(UUID orderId) {
        return entityManager.createQuery("from Absence where orderId = :id order by missedAt", Absence.class)
                .setParameter("id", orderId).getResultList();
    }
}
