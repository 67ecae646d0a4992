package org.youthjustice.compliance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.youthjustice.compliance.absences.Absence;
import org.youthjustice.compliance.absences.Absences;
import org.youthjustice.compliance.letters.Letter;
import org.youthjustice.compliance.letters.LetterKind;
import org.youthjustice.compliance.letters.Letters;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.TimeLimitEvents;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.compliance.ComplianceMeetingScheduled;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.events.compliance.PoliceNotified;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.events.compliance.WarningLevel;
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
 * An order's enforcement (CMP-5 to CMP-8): the steps each unacceptable absence leads to
 * ({@link EscalationPolicy}), due by the authority's policy from the missed appointment; the compliance
 * meeting scheduled and held; the breach report written and approved by a manager, which initiates the
 * breach ({@code breach.initiated}: order-service then tracks its court listing).
 */
@ApplicationScoped
public class Enforcement {
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
    Letters letters;

    @Inject
    Clock clock;

    @Inject
    TimeLimitEvents timeLimits;

    void judged(@Observes Absences.Judged judged) {
        Absence absence = judged.absence();
        if (absence.judgement == Absence.Judgement.ACCEPTABLE) {
            withdraw(absence);
        } else if (absence.judgement == Absence.Judgement.UNACCEPTABLE) {
            escalate(absence);
        }
    }

    private void escalate(Absence absence) {
        SupervisedOrder order = entityManager.find(SupervisedOrder.class, absence.orderId);
        int unacceptable = unacceptableAbsences(order.id);
        boolean breachUnderWay = !steps(order.id).stream()
                .filter(s -> s.step() == EscalationPolicy.Step.BREACH_PROCEEDINGS && s.status != EnforcementStep.Status.WITHDRAWN)
                .toList().isEmpty();
        List<EscalationPolicy.Step> steps = EscalationPolicy.stepsFor(unacceptable, order.outOfCourt, breachUnderWay);
        for (EscalationPolicy.Step step : steps) {
            start(step, absence, unacceptable);
        }
        if (!steps.isEmpty() && order.enforcementSince == null) {
            // CMP-10: from now until the order ends, a transfer waits for this enforcement to finish
            order.enforcementSince = clock.instant();
            outbox.record(new EnforcementStarted(order.id, steps.get(0).wireName() + " (" + steps.get(0).rule() + ")"), order.caseId);
        }
    }

    private int unacceptableAbsences(UUID orderId) {
        return entityManager.createQuery("select count(a) from Absence a where a.orderId = :order "
                        + "and a.judgement = :unacceptable", Long.class)
                .setParameter("order", orderId).setParameter("unacceptable", Absence.Judgement.UNACCEPTABLE)
                .getSingleResult().intValue();
    }

    private void start(EscalationPolicy.Step step, Absence absence, int unacceptable) {
        Instant now = clock.instant();
        EnforcementStep started = new EnforcementStep();
        started.id = UUID.randomUUID();
        started.caseId = absence.caseId;
        started.orderId = absence.orderId;
        started.absenceId = absence.id;
        started.step = step.wireName();
        started.rule = step.rule();
        started.unacceptableCount = unacceptable;
        started.createdAt = now;
        if (step.policyKey() != null) {
            Deadline due = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), step.policyKey(), absence.missedAt);
            started.dueDate = due.dueDate();
            started.dueAt = due.dueAt();
            started.timeLimit = due.limit().toString();
            started.policyVersion = due.policyVersion();
            started.status = EnforcementStep.Status.DUE;
        } else {
            started.status = EnforcementStep.Status.DONE;
            started.doneAt = now;
            started.doneBy = caller.username();
        }
        entityManager.persist(started);
        if (started.status == EnforcementStep.Status.DUE) {
            timeLimits.opened(timeLimitOf(started, absence));
        }
        // CMP-11: the letter the step calls for is recorded with it, so nothing can lose it before it is written
        LetterKind kind = letterFor(step);
        Letter letter = kind == null ? null : letters.recordFor(started.caseId, started.orderId, started.id, kind);
        switch (step) {
            case FIRST_WARNING, SECOND_WARNING -> outbox.record(new WarningIssued(started.id, absence.orderId,
                    step == EscalationPolicy.Step.FIRST_WARNING ? WarningLevel.FIRST : WarningLevel.SECOND, letter.id, unacceptable),
                    absence.caseId);
            case POLICE_NOTIFICATION -> outbox.record(new PoliceNotified(started.id, absence.orderId, absence.appointmentId),
                    absence.caseId);
            default -> {
            }
        }
        audit.record("enforcement." + step.wireName(), "case", absence.caseId, unacceptable + " unacceptable absences");
    }

    /** The letter a step calls for (CMP-5 to CMP-7); null for a step that calls for none. */
    private static LetterKind letterFor(EscalationPolicy.Step step) {
        return switch (step) {
            case FIRST_WARNING -> LetterKind.FIRST_WARNING;
            case SECOND_WARNING -> LetterKind.SECOND_WARNING;
            case BREACH_LETTER -> LetterKind.BREACH;
            default -> null;
        };
    }

    /** The absence proved acceptable after all: the steps it started that are not done yet are withdrawn, and their letters. */
    private void withdraw(Absence absence) {
        // every step it started, done ones too: a warning is done when decided, while its letter may still be to write
        List<UUID> started = entityManager.createQuery("select s.id from EnforcementStep s where s.absenceId = :absence", UUID.class)
                .setParameter("absence", absence.id).getResultList();
        letters.withdrawFor(started);
        entityManager.createQuery("from EnforcementStep where absenceId = :absence and status = :due", EnforcementStep.class)
                .setParameter("absence", absence.id).setParameter("due", EnforcementStep.Status.DUE).getResultStream()
                .forEach(step -> {
                    step.status = EnforcementStep.Status.WITHDRAWN;
                    step.reason = "written evidence arrived: the absence is acceptable";
                    step.doneAt = clock.instant();
                    step.doneBy = caller.username();
                    timeLimits.notApplicable(timeLimitOf(step, absence), step.reason, step.doneAt);
                });
        finishIfNothingLeft(absence);
    }

    /**
     * CMP-10: enforcement arises from unacceptable absences; once written evidence has made the last of them
     * acceptable, nothing is left to enforce on the order, and a transfer waiting for it may complete (TRF-12).
     */
    private void finishIfNothingLeft(Absence absence) {
        SupervisedOrder order = entityManager.find(SupervisedOrder.class, absence.orderId);
        if (order == null || order.enforcementSince == null) {
            return;
        }
        if (unacceptableAbsences(order.id) == 0) {
            order.enforcementSince = null;
            outbox.record(new EnforcementFinished(order.id, "every unacceptable absence was accepted on written evidence"),
                    order.caseId);
        }
    }

    /** CMP-6: the compliance meeting is arranged within 10 days of the second missed appointment. */
    @Transactional
    public EnforcementStep scheduleMeeting(SupervisedCase childCase, UUID stepId, Instant at, String place) {
        EnforcementStep step = due(childCase, stepId, EscalationPolicy.Step.COMPLIANCE_MEETING);
        EnforcementRules.meetingInTime(at, step.dueDate).ifPresent(late -> {
            throw ProblemException.ruleViolations(List.of(late));
        });
        if (at.equals(step.meetingAt) && Objects.equals(place, step.meetingPlace)) {
            return step;
        }
        step.meetingAt = at;
        step.meetingPlace = place;
        outbox.record(new ComplianceMeetingScheduled(step.id, step.orderId, step.dueDate, at), childCase.id);
        audit.record("enforcement.compliance-meeting-scheduled", "case", childCase.id, "at " + at);
        return step;
    }

    /** The manager held the compliance meeting. */
    @Transactional
    public EnforcementStep meetingHeld(SupervisedCase childCase, UUID stepId, Instant heldAt) {
        EnforcementStep step = due(childCase, stepId, EscalationPolicy.Step.COMPLIANCE_MEETING);
        if (Moments.inTheFuture(heldAt, clock.instant())) {
            throw ProblemException.invalid(List.of(Violation.ofField("heldAt", "a meeting is recorded once it has been held")));
        }
        step.status = EnforcementStep.Status.DONE;
        step.doneAt = heldAt;
        step.doneBy = caller.username();
        entityManager.flush();
        timeLimits.met(timeLimitOf(step), heldAt);
        audit.record("enforcement.compliance-meeting-held", "case", childCase.id);
        return step;
    }

    /** CMP-7: the case manager's breach report, saying whether there are risk or safeguarding concerns. */
    @Transactional
    public EnforcementStep breachReport(SupervisedCase childCase, UUID stepId, String summary, boolean riskConcerns) {
        EnforcementStep step = due(childCase, stepId, EscalationPolicy.Step.BREACH_PROCEEDINGS);
        step.reportSummary = summary;
        step.riskFlag = riskConcerns;
        step.reportedBy = caller.username();
        audit.record("enforcement.breach-report", "case", childCase.id);
        return step;
    }

    /**
     * CMP-7: a line manager other than its author approves the breach report, which initiates the breach
     * proceedings ({@code breach.initiated}, listing sooner when risk-flagged).
     */
    @Transactional
    public EnforcementStep approveBreach(SupervisedCase childCase, UUID stepId) {
        EnforcementStep step = due(childCase, stepId, EscalationPolicy.Step.BREACH_PROCEEDINGS);
        EnforcementRules.breachReportWritten(step.reportSummary).ifPresent(unwritten -> {
            throw ProblemException.ruleViolations(List.of(unwritten));
        });
        EnforcementRules.approverOtherThanAuthor(step.reportedBy, caller.username()).ifPresent(refused -> {
            throw ProblemException.forbidden(refused);
        });
        Instant now = clock.instant();
        step.status = EnforcementStep.Status.DONE;
        step.doneAt = now;
        step.doneBy = caller.username();
        entityManager.flush();
        timeLimits.met(timeLimitOf(step), now);
        outbox.record(new BreachInitiated(step.id, step.orderId, now, Boolean.TRUE.equals(step.riskFlag)), childCase.id);
        audit.record("enforcement.breach-initiated", "case", childCase.id);
        return step;
    }

    /** A step's time limit, counted from the missed appointment that started it (CMP-6, CMP-7). */
    private static TimeLimitEvents.TimeLimit timeLimitOf(EnforcementStep step, Absence startedBy) {
        return new TimeLimitEvents.TimeLimit(step.id, step.caseId, step.rule, step.step, startedBy.missedAt, step.dueDate,
                step.dueAt);
    }

    private TimeLimitEvents.TimeLimit timeLimitOf(EnforcementStep step) {
        return timeLimitOf(step, entityManager.find(Absence.class, step.absenceId));
    }

    /** Steps due within a limit go with the case to its new holder. */
    void holderChanged(@Observes TimeLimitEvents.HolderChanged changed) {
        entityManager.createQuery("from EnforcementStep where caseId = :id and status = :due and dueAt is not null",
                        EnforcementStep.class)
                .setParameter("id", changed.caseId()).setParameter("due", EnforcementStep.Status.DUE).getResultStream()
                .forEach(open -> timeLimits.heldBy(timeLimitOf(open), changed.team(), changed.caseManager()));
    }

    private EnforcementStep due(SupervisedCase childCase, UUID stepId, EscalationPolicy.Step kind) {
        EnforcementStep step = entityManager.find(EnforcementStep.class, stepId);
        if (step == null || !step.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("enforcement step " + stepId);
        }
        if (step.step() != kind) {
            throw ProblemException.conflict("this is a " + step.step + " step, not a " + kind.wireName());
        }
        if (step.status != EnforcementStep.Status.DUE) {
            throw ProblemException.conflict("the " + step.step + " step is already " + step.status.wireName());
        }
        return step;
    }

    public List<EnforcementStep> steps(UUID orderId) {
        return entityManager.createQuery("from EnforcementStep where orderId = :id order by createdAt, step", EnforcementStep.class)
                .setParameter("id", orderId).getResultList();
    }
}
