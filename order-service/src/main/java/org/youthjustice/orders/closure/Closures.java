package org.youthjustice.orders.closure;

import static org.youthjustice.orders.closure.ExitInterviewRule.outstanding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.casework.Casework;
import org.youthjustice.problem.Violation;

/**
 * Closing an order (MIL-11, Wokingham guidance "Closure/Exit Interview"). Arranging the exit interview
 * meets "arranged at least 2 weeks before the final session" and starts the closure document (to a
 * manager at least 2 days before the interview) and the interview itself (within 5 days of the final
 * session). Holding it, with the completion letter handed over, meets the interview and starts the
 * closure AssetPlus (within 4 weeks), which recording a closure assessment meets.
 */
@ApplicationScoped
public class Closures {
    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

    @Inject
    Casework casework;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** {@code arrangedOn} defaults to today. */
    public record Arrangement(@NotNull UUID orderId, @NotNull LocalDate finalSessionOn, @NotNull LocalDate interviewOn,
            LocalDate arrangedOn) {
    }

    /** The interview as it was held; the completion letter may be recorded later. */
    public record Holding(@NotNull LocalDate heldOn, @NotBlank String conductedBy, @NotNull Boolean childAttended,
            @NotNull Boolean parentCarerAttended, LocalDate completionLetterHandedOverOn) {
    }

    public record LetterHandedOver(@NotNull LocalDate handedOverOn) {
    }

    public record Recorded(ExitInterview interview, boolean duplicate, CasePlan.Progress progress, List<String> outstanding) {
    }

    public Optional<ExitInterview> ofOrder(UUID orderId) {
        return entityManager.createQuery("from ExitInterview where orderId = :order", ExitInterview.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }

    @Transactional
    public Recorded arrange(ChildCase childCase, Arrangement entry) {
        LocalDate arrangedOn = entry.arrangedOn() == null ? Moments.ukToday(clock) : entry.arrangedOn();
        casework.check(childCase, entry.orderId(), CasePlan.startOf(arrangedOn), clock.instant(), List.of());
        List<Violation> violations = ExitInterviewRule.arrangement(entry.finalSessionOn(), entry.interviewOn(),
                casePlan.dueDate(Step.EXIT_INTERVIEW, entry.finalSessionOn()));
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Optional<ExitInterview> existing = ofOrder(entry.orderId());
        if (existing.isPresent()) {
            ExitInterview interview = existing.get();
            if (interview.finalSessionOn.equals(entry.finalSessionOn()) && interview.interviewOn.equals(entry.interviewOn())) {
                return new Recorded(interview, true, CasePlan.Progress.none(), outstanding(interview));
            }
            throw ProblemException.conflict("an exit interview for order " + entry.orderId() + " is already arranged for "
                    + interview.interviewOn);
        }
        ExitInterview interview = new ExitInterview();
        interview.id = UUID.randomUUID();
        interview.caseId = childCase.id;
        interview.orderId = entry.orderId();
        interview.finalSessionOn = entry.finalSessionOn();
        interview.interviewOn = entry.interviewOn();
        interview.arrangedOn = arrangedOn;
        interview.arrangedBy = caller.username();
        interview.recordedAt = clock.instant();
        entityManager.persist(interview);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();
        Milestone.Evidence evidence = new Milestone.Evidence("exit-interview", interview.id,
                "arranged for " + interview.interviewOn + ", final session " + interview.finalSessionOn);
        CasePlan.Progress arranged = casePlan.meet(childCase.id, List.of(Step.EXIT_INTERVIEW_ARRANGEMENT),
                CasePlan.startOf(arrangedOn), evidence, interview.arrangedBy);
        List<Milestone> started = new ArrayList<>(arranged.started());
        started.add(casePlan.startBefore(Step.CLOSURE_DOCUMENT, interview.interviewOn, CasePlan.startOf(arrangedOn),
                childCase.id, interview.orderId));
        started.add(casePlan.start(Step.EXIT_INTERVIEW, CasePlan.startOf(interview.finalSessionOn), childCase.id,
                interview.orderId));
        audit.record("exit-interview.arranged", "case", childCase.id, "for " + interview.interviewOn);
        return new Recorded(interview, false, new CasePlan.Progress(arranged.met(), started), outstanding(interview));
    }

    @Transactional
    public Recorded held(ChildCase childCase, UUID interviewId, Holding entry) {
        ExitInterview interview = find(childCase, interviewId);
        List<Violation> own = new ArrayList<>();
        if (entry.heldOn().isBefore(interview.finalSessionOn)) {
            own.add(Violation.ofField("heldOn", "the exit interview is held after the final session, " + interview.finalSessionOn));
        }
        if (entry.completionLetterHandedOverOn() != null && entry.completionLetterHandedOverOn().isBefore(entry.heldOn())) {
            own.add(Violation.ofField("completionLetterHandedOverOn", "the completion letter is handed over at or after the interview"));
        }
        casework.check(childCase, null, CasePlan.startOf(latest(entry.heldOn(), entry.completionLetterHandedOverOn())),
                clock.instant(), own);
        if (interview.held()) {
            return new Recorded(interview, true, CasePlan.Progress.none(), outstanding(interview));
        }
        interview.heldOn = entry.heldOn();
        interview.conductedBy = entry.conductedBy();
        interview.childAttended = entry.childAttended();
        interview.parentCarerAttended = entry.parentCarerAttended();
        interview.completionLetterHandedOverOn = entry.completionLetterHandedOverOn();
        audit.record("exit-interview.held", "case", childCase.id, "conducted by " + interview.conductedBy);
        CasePlan.Progress met = meetIfComplete(interview);
        List<Milestone> started = new ArrayList<>(met.started());
        // the closure AssetPlus runs from the interview, whatever is still outstanding from it
        started.add(casePlan.start(Step.CLOSURE_ASSESSMENT, CasePlan.startOf(interview.heldOn), childCase.id, interview.orderId));
        return new Recorded(interview, false, new CasePlan.Progress(met.met(), started), outstanding(interview));
    }

    /** The completion letter handed over after the interview was recorded. */
    @Transactional
    public Recorded letterHandedOver(ChildCase childCase, UUID interviewId, LocalDate handedOverOn) {
        ExitInterview interview = find(childCase, interviewId);
        List<Violation> violations = ExitInterviewRule.letterHandedOver(interview);
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        List<Violation> own = handedOverOn.isBefore(interview.heldOn)
                ? List.of(Violation.ofField("handedOverOn", "the completion letter is handed over at or after the interview"))
                : List.of();
        casework.check(childCase, null, CasePlan.startOf(handedOverOn), clock.instant(), own);
        if (interview.completionLetterHandedOverOn != null) {
            return new Recorded(interview, true, CasePlan.Progress.none(), outstanding(interview));
        }
        interview.completionLetterHandedOverOn = handedOverOn;
        audit.record("exit-interview.completion-letter", "case", childCase.id);
        return new Recorded(interview, false, meetIfComplete(interview), outstanding(interview));
    }

    private CasePlan.Progress meetIfComplete(ExitInterview interview) {
        if (!outstanding(interview).isEmpty()) {
            return CasePlan.Progress.none();
        }
        return casePlan.meet(interview.caseId, List.of(Step.EXIT_INTERVIEW),
                CasePlan.startOf(latest(interview.heldOn, interview.completionLetterHandedOverOn)),
                new Milestone.Evidence("exit-interview", interview.id, "held on " + interview.heldOn + ", conducted by "
                        + interview.conductedBy), caller.username());
    }

    private ExitInterview find(ChildCase childCase, UUID interviewId) {
        ExitInterview interview = entityManager.find(ExitInterview.class, interviewId);
        if (interview == null || !interview.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("exit interview " + interviewId);
        }
        return interview;
    }

    public List<ExitInterview> of(UUID caseId) {
        return entityManager.createQuery("from ExitInterview where caseId = :id order by interviewOn", ExitInterview.class)
                .setParameter("id", caseId).getResultList();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
