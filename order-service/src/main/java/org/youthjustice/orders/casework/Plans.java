package org.youthjustice.orders.casework;

import static org.youthjustice.orders.casework.PlanRules.outstanding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

/**
 * Intervention plans and their reviews (MIL-6), and review plan meetings (MIL-7). A plan meets MIL-6
 * when it was co-produced with the child and, for a child under 16, its copy went to the
 * parent/carer; a meeting meets MIL-7 when the child and parent/carer attended. Either is recorded
 * even when it does not (yet) meet its milestone, and the answer says what is outstanding.
 */
@ApplicationScoped
public class Plans {
    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Casework casework;

    @Inject
    Clock clock;

    /**
     * A plan: an order's intervention plan or its review (MIL-6), or a specific intervention's action plan
     * (MIL-15), which states how many sessions over how many weeks.
     */
    public record PlanEntry(
            @NotNull @Pattern(regexp = "intervention-plan|plan-review|action-plan",
                    message = "must be intervention-plan, plan-review or action-plan") String kind,
            @NotNull LocalDate completedOn,
            @NotNull Boolean coProducedWithChild,
            LocalDate copiedToParentCarerOn,
            UUID orderId,
            @jakarta.validation.constraints.Positive Integer sessionsPlanned,
            @jakarta.validation.constraints.Positive Integer spanWeeks) {

        boolean actionPlan() {
            return "action-plan".equals(kind);
        }
    }

    public record MeetingEntry(@NotNull LocalDate heldOn, @NotNull Boolean childAttended, @NotNull Boolean parentCarerAttended,
            UUID orderId) {
    }

    /**
     * What was recorded, whether it had been already, what it met and started, and what still stops it
     * meeting its milestone.
     */
    public record Recorded<T>(T record, boolean duplicate, CasePlan.Progress progress, List<String> outstanding) {
    }

    public Optional<Plan> existingPlan(UUID caseId, PlanEntry entry) {
        return entityManager.createQuery("from Plan where caseId = :case and kind = :kind and completedOn = :on", Plan.class)
                .setParameter("case", caseId).setParameter("kind", entry.kind()).setParameter("on", entry.completedOn())
                .getResultStream().findFirst();
    }

    @Transactional
    public Recorded<Plan> record(ChildCase childCase, PlanEntry entry) {
        Instant now = clock.instant();
        List<Violation> own = new ArrayList<>();
        if (entry.copiedToParentCarerOn() != null && entry.copiedToParentCarerOn().isBefore(entry.completedOn())) {
            own.add(Violation.ofField("copiedToParentCarerOn", "a plan's copy is sent once the plan is completed"));
        }
        casework.check(childCase, entry.orderId(), CasePlan.startOf(latest(entry.completedOn(), entry.copiedToParentCarerOn())),
                now, own);
        List<Violation> violations = PlanRules.actionPlan(entry);
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Optional<Plan> existing = existingPlan(childCase.id, entry);
        if (existing.isPresent()) {
            return new Recorded<>(existing.get(), true, CasePlan.Progress.none(), outstanding(childCase, existing.get()));
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.caseId = childCase.id;
        plan.orderId = entry.orderId();
        plan.kind = entry.kind();
        plan.completedOn = entry.completedOn();
        plan.coProducedWithChild = entry.coProducedWithChild();
        plan.copiedToParentCarerOn = entry.copiedToParentCarerOn();
        plan.sessionsPlanned = entry.sessionsPlanned();
        plan.spanWeeks = entry.spanWeeks();
        plan.recordedAt = now;
        plan.recordedBy = caller.username();
        entityManager.persist(plan);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();
        audit.record("plan.recorded", "case", childCase.id);
        return new Recorded<>(plan, false, meetIfComplete(childCase, plan), outstanding(childCase, plan));
    }

    /** The copy of a plan sent to the parent/carer after the plan was recorded. */
    @Transactional
    public Recorded<Plan> copySent(ChildCase childCase, UUID planId, LocalDate sentOn) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null || !plan.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("plan " + planId);
        }
        List<Violation> own = sentOn.isBefore(plan.completedOn)
                ? List.of(Violation.ofField("sentOn", "a plan's copy is sent once the plan is completed")) : List.of();
        casework.check(childCase, null, CasePlan.startOf(sentOn), clock.instant(), own);
        if (plan.copiedToParentCarerOn != null) {
            return new Recorded<>(plan, true, CasePlan.Progress.none(), outstanding(childCase, plan));
        }
        plan.copiedToParentCarerOn = sentOn;
        audit.record("plan.copied-to-parent-carer", "case", childCase.id);
        return new Recorded<>(plan, false, meetIfComplete(childCase, plan), outstanding(childCase, plan));
    }

    private CasePlan.Progress meetIfComplete(ChildCase childCase, Plan plan) {
        if (!outstanding(childCase, plan).isEmpty()) {
            return CasePlan.Progress.none();
        }
        // a new plan or a review: either is the plan the child is now working to; an action plan is a specific intervention's
        List<Step> steps = "action-plan".equals(plan.kind) ? List.of(Step.INTERVENTION_ACTION_PLAN)
                : List.of(Step.INTERVENTION_PLAN, Step.PLAN_REVIEW);
        return casePlan.meet(childCase.id, steps,
                CasePlan.startOf(latest(plan.completedOn, plan.copiedToParentCarerOn)),
                new Milestone.Evidence("plan", plan.id, plan.kind), plan.recordedBy);
    }

    public Optional<ReviewMeeting> existingMeeting(UUID caseId, MeetingEntry entry) {
        return entityManager.createQuery("from ReviewMeeting where caseId = :case and heldOn = :on", ReviewMeeting.class)
                .setParameter("case", caseId).setParameter("on", entry.heldOn()).getResultStream().findFirst();
    }

    @Transactional
    public Recorded<ReviewMeeting> record(ChildCase childCase, MeetingEntry entry) {
        Instant now = clock.instant();
        casework.check(childCase, entry.orderId(), CasePlan.startOf(entry.heldOn()), now, List.of());
        Optional<ReviewMeeting> existing = existingMeeting(childCase.id, entry);
        if (existing.isPresent()) {
            return new Recorded<>(existing.get(), true, CasePlan.Progress.none(), outstanding(existing.get()));
        }
        ReviewMeeting meeting = new ReviewMeeting();
        meeting.id = UUID.randomUUID();
        meeting.caseId = childCase.id;
        meeting.orderId = entry.orderId();
        meeting.heldOn = entry.heldOn();
        meeting.childAttended = entry.childAttended();
        meeting.parentCarerAttended = entry.parentCarerAttended();
        meeting.recordedAt = now;
        meeting.recordedBy = caller.username();
        entityManager.persist(meeting);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();
        audit.record("review-meeting.recorded", "case", childCase.id);
        List<String> outstanding = outstanding(meeting);
        CasePlan.Progress progress = outstanding.isEmpty()
                ? casePlan.meet(childCase.id, List.of(Step.REVIEW_MEETING), CasePlan.startOf(meeting.heldOn),
                        new Milestone.Evidence("review-meeting", meeting.id, null), meeting.recordedBy)
                : CasePlan.Progress.none();
        return new Recorded<>(meeting, false, progress, outstanding);
    }

    public List<Plan> plansOf(UUID caseId) {
        return entityManager.createQuery("from Plan where caseId = :id order by completedOn", Plan.class)
                .setParameter("id", caseId).getResultList();
    }

    public List<ReviewMeeting> meetingsOf(UUID caseId) {
        return entityManager.createQuery("from ReviewMeeting where caseId = :id order by heldOn", ReviewMeeting.class)
                .setParameter("id", caseId).getResultList();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
