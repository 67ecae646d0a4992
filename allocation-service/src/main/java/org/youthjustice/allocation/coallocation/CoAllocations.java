package org.youthjustice.allocation.coallocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.youthjustice.allocation.capacity.Caseloads;
import org.youthjustice.allocation.capacity.HeldCase;
import org.youthjustice.allocation.capacity.TimeLimitEvents;
import org.youthjustice.allocation.capacity.TimeLimitEvents.Holder;
import org.youthjustice.allocation.capacity.TimeLimitEvents.TimeLimit;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.events.allocations.CaseCoAllocated;
import org.youthjustice.events.orders.RiskLevel;
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
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * ALC-6 (Nottinghamshire policy §5): a case re-assessed high or very high RoSH or SaW while its case
 * manager is a Band A worker or YJSO is co-allocated to a Band B worker or advanced practitioner, who is
 * accountable. Raised by the assessment; the co-worker named by a manager; who does which tasks agreed
 * within 5 days; reviewed at least every 6 weeks; ended only where a case management meeting or
 * supervision agreed it. A Band C co-worker brings management supervision by a team manager. The task agreement
 * and each review are time limits told to the partnership ({@link TimeLimitEvents}), held by the case's case manager.
 */
@ApplicationScoped
public class CoAllocations {
    @Inject
    EntityManager entityManager;

    @Inject
    Workforce workforce;

    @Inject
    Caseloads caseloads;

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
    TenantContext tenantContext;

    @Inject
    TimeLimitEvents timeLimits;

    @Inject
    Clock clock;

    public record CoWorkerEntry(@NotNull UUID workerId) {
    }

    public record AgreementEntry(@NotBlank @Size(max = 4000) String tasks) {
    }

    public record ReviewEntry(@NotNull LocalDate heldOn, @Size(max = 4000) String note) {
    }

    public record EndEntry(@NotNull @Pattern(regexp = "case-management-meeting|supervision",
            message = "must be case-management-meeting or supervision") String agreedAt, @Size(max = 4000) String note) {
    }

    /** Raised by a reassessment (in the event's transaction) when the case's case manager is Band A or a YJSO. */
    public void reassessed(UUID caseId, RiskLevel rosh, RiskLevel saw) {
        if (!CoAllocationRules.highRisk(rosh, saw)) {
            return;
        }
        HeldCase held = caseloads.current(caseId, HeldCase.Role.CASE_MANAGER).orElse(null);
        if (held == null) {
            return;
        }
        Worker manager = entityManager.find(Worker.class, held.workerId);
        boolean open = !entityManager.createQuery("select c.id from CoAllocation c where c.caseId = :case and c.status <> :ended", UUID.class)
                .setParameter("case", caseId).setParameter("ended", CoAllocation.Status.ENDED).getResultList().isEmpty();
        if (open || !CoAllocationRules.needsAccountableCoWorker(manager.grade)) {
            return;
        }
        CoAllocation raised = new CoAllocation();
        raised.id = UUID.randomUUID();
        raised.caseId = caseId;
        raised.caseManagerId = manager.id;
        raised.reason = CoAllocationRules.reason(rosh, saw, manager.grade);
        raised.raisedAt = clock.instant();
        raised.status = CoAllocation.Status.RAISED;
        entityManager.persist(raised);
    }

    /** One page of the co-allocations in a status, oldest first; the id breaks ties so that pages neither repeat nor skip. */
    public Page<CoAllocation> list(CoAllocation.Status status, PageRequest page) {
        List<CoAllocation> items = entityManager.createQuery("from CoAllocation where status = :status order by raisedAt, id",
                        CoAllocation.class)
                .setParameter("status", status).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = entityManager.createQuery("select count(*) from CoAllocation where status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
        return new Page<>(items, total, page);
    }

    public CoAllocation find(UUID id) {
        CoAllocation co = entityManager.find(CoAllocation.class, id);
        if (co == null) {
            throw ProblemException.notFound("co-allocation " + id);
        }
        return co;
    }

    @Transactional
    public CoAllocation coAllocate(UUID id, CoWorkerEntry entry) {
        CoAllocation co = find(id);
        if (co.status != CoAllocation.Status.RAISED) {
            throw ProblemException.conflict("the co-allocation is already " + co.status.wireName());
        }
        Worker worker = workforce.worker(entry.workerId());
        List<Violation> violations = new ArrayList<>();
        CoAllocationRules.coWorker(worker.grade).ifPresent(violations::add);
        workforce.away(worker.id, Moments.ukToday(clock), "workerId").ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Instant now = clock.instant();
        var policy = policies.policyOf(tenantContext.requireAuthority());
        Deadline agreement = deadlines.deadline(policy, "ALC-6-agreement", now);
        co.status = CoAllocation.Status.CO_ALLOCATED;
        co.coWorkerId = worker.id;
        co.coAllocatedAt = now;
        co.agreementDueDate = agreement.dueDate();
        co.agreementDueAt = agreement.dueAt();
        nextReview(co, deadlines.deadline(policy, "ALC-6-review", now));
        co.managementSupervision = CoAllocationRules.managementSupervision(worker.grade);
        co.decidedBy = caller.username();
        HeldCase managed = caseloads.current(co.caseId, HeldCase.Role.CASE_MANAGER)
                .orElseThrow(() -> ProblemException.conflict("the case has no case manager now"));
        caseloads.hold(worker.id, co.caseId, HeldCase.Role.CO_WORKER, managed.kind, managed.rosh, managed.saw, now);
        entityManager.flush();
        outbox.record(new CaseCoAllocated(co.id, caseloads.workersOn(co.caseId), co.reason, Moments.ukToday(clock), null), co.caseId);
        Holder holder = timeLimits.caseHolder(co.caseId);
        timeLimits.open(agreementOf(co), holder);
        timeLimits.open(reviewOf(co), holder);
        audit.record("case.co-allocated", "case", co.caseId, worker.name + " (" + worker.grade.wireName() + "), accountable (ALC-6)");
        return co;
    }

    /** Who does which tasks; due within 5 days of the co-allocation, recorded late if need be (and shown so). */
    @Transactional
    public CoAllocation agreed(UUID id, AgreementEntry entry) {
        CoAllocation co = inForce(id);
        co.tasks = entry.tasks();
        co.agreedAt = clock.instant();
        entityManager.flush();
        // recorded again, it stands as the view shows it: agreed when last recorded
        timeLimits.met(agreementOf(co), timeLimits.caseHolder(co.caseId), co.agreedAt);
        audit.record("co-allocation.agreed", "case", co.caseId, "task split agreed (ALC-6)");
        return co;
    }

    /** A review held: the next falls due 6 weeks on. */
    @Transactional
    public CoAllocation reviewed(UUID id, ReviewEntry entry) {
        CoAllocation co = inForce(id);
        if (entry.heldOn().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("heldOn", "a review is recorded once it has been held")));
        }
        // held on a day, not at a time: it counts as held at the start of that day, and the next review from then
        Instant heldOn = entry.heldOn().atStartOfDay(DeadlineCalculator.LONDON).toInstant();
        Holder holder = timeLimits.caseHolder(co.caseId);
        timeLimits.met(reviewOf(co), holder, heldOn);
        nextReview(co, deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), "ALC-6-review", heldOn));
        timeLimits.open(reviewOf(co), holder);
        entityManager.flush();
        audit.record("co-allocation.reviewed", "case", co.caseId, "held on " + entry.heldOn());
        return co;
    }

    /** De-allocation, where a case management meeting or supervision agreed it. */
    @Transactional
    public CoAllocation ended(UUID id, EndEntry entry) {
        CoAllocation co = inForce(id);
        Instant now = clock.instant();
        co.status = CoAllocation.Status.ENDED;
        co.endedAt = now;
        co.endedWhere = entry.agreedAt();
        co.endNote = entry.note();
        Holder holder = timeLimits.caseHolder(co.caseId);
        if (co.agreedAt == null) {
            timeLimits.notApplicable(agreementOf(co), holder, "the co-allocation ended, agreed at " + entry.agreedAt()
                    + ", before who does which tasks was recorded", now);
        }
        timeLimits.notApplicable(reviewOf(co), holder, "the co-allocation ended, agreed at " + entry.agreedAt(), now);
        caseloads.release(co.coWorkerId, co.caseId, HeldCase.Role.CO_WORKER, now);
        entityManager.flush();
        outbox.record(new CaseCoAllocated(UUID.randomUUID(), caseloads.workersOn(co.caseId),
                "co-allocation ended, agreed at " + entry.agreedAt() + " (ALC-6)", Moments.ukToday(clock), null), co.caseId);
        audit.record("co-allocation.ended", "case", co.caseId, "agreed at " + entry.agreedAt());
        return co;
    }

    /** The next review falls due: a time limit of its own, counted from {@code due}'s trigger. */
    private static void nextReview(CoAllocation co, Deadline due) {
        co.reviewId = UUID.randomUUID();
        co.reviewFrom = due.triggeredAt();
        co.nextReviewDueDate = due.dueDate();
        co.nextReviewDueAt = due.dueAt();
    }

    /** ALC-6: who does which tasks, agreed within 5 days of the co-allocation. */
    static TimeLimit agreementOf(CoAllocation co) {
        return new TimeLimit(co.id, co.caseId, CoAllocationRules.RULE, "task-agreement", co.coAllocatedAt, co.agreementDueDate,
                co.agreementDueAt);
    }

    /** ALC-6: the review due now, at least every 6 weeks. */
    static TimeLimit reviewOf(CoAllocation co) {
        return new TimeLimit(co.reviewId, co.caseId, CoAllocationRules.RULE, "co-allocation-review", co.reviewFrom,
                co.nextReviewDueDate, co.nextReviewDueAt);
    }

    /**
     * The case has a new case manager ({@code holder}, with their team): the open time limits of its co-allocation in
     * force go with the case to them. Called in the transaction of the change (an allocation, a reallocation, an
     * internal transfer's three-way meeting).
     */
    public void holderChanged(UUID caseId, Holder holder) {
        entityManager.createQuery("from CoAllocation where caseId = :case and status = :inForce", CoAllocation.class)
                .setParameter("case", caseId).setParameter("inForce", CoAllocation.Status.CO_ALLOCATED)
                .getResultStream().forEach(co -> {
                    if (co.agreedAt == null) {
                        timeLimits.open(agreementOf(co), holder);
                    }
                    timeLimits.open(reviewOf(co), holder);
                });
    }

    /**
     * The case left {@code home} for another authority (TRF-1): the time limits of its co-allocation in force there
     * stop applying, told in the home authority's name, held by the case manager there ({@code holder}). Read
     * natively, as the unit of work acts for the receiving authority and its tenancy filter hides the home's records
     * called before the transfer ends the co-allocation.
     */
    public void transferredOut(UUID caseId, String home, Holder holder, String reason, Instant at) {
        entityManager.createNativeQuery("""
                        select id, co_allocated_at, agreement_due_date, agreement_due_at, agreed_at, review_id, review_from,
                        next_review_due_date, next_review_due_at from co_allocation
                        where case_id = :case and authority = :home and status = :inForce""").unwrap(NativeQuery.class)
                .setParameter("case", caseId).setParameter("home", home)
                .setParameter("inForce", CoAllocation.Status.CO_ALLOCATED.name())
                .addScalar("id", StandardBasicTypes.UUID).addScalar("co_allocated_at", StandardBasicTypes.INSTANT)
                .addScalar("agreement_due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("agreement_due_at", StandardBasicTypes.INSTANT).addScalar("agreed_at", StandardBasicTypes.INSTANT)
                .addScalar("review_id", StandardBasicTypes.UUID).addScalar("review_from", StandardBasicTypes.INSTANT)
                .addScalar("next_review_due_date", StandardBasicTypes.LOCAL_DATE)
                .addScalar("next_review_due_at", StandardBasicTypes.INSTANT).getResultList().forEach(row -> {
                    Object[] r = (Object[]) row;
                    // the home's row as it stands, to name its time limits; never persisted from here
                    CoAllocation co = new CoAllocation();
                    co.id = (UUID) r[0];
                    co.caseId = caseId;
                    co.coAllocatedAt = (Instant) r[1];
                    co.agreementDueDate = (LocalDate) r[2];
                    co.agreementDueAt = (Instant) r[3];
                    co.agreedAt = (Instant) r[4];
                    co.reviewId = (UUID) r[5];
                    co.reviewFrom = (Instant) r[6];
                    co.nextReviewDueDate = (LocalDate) r[7];
                    co.nextReviewDueAt = (Instant) r[8];
                    if (co.agreedAt == null) {
                        timeLimits.notApplicable(agreementOf(co), holder, reason, at, home);
                    }
                    timeLimits.notApplicable(reviewOf(co), holder, reason, at, home);
                });
    }

    private CoAllocation inForce(UUID id) {
        CoAllocation co = find(id);
        if (co.status != CoAllocation.Status.CO_ALLOCATED) {
            throw ProblemException.conflict("the co-allocation is " + co.status.wireName() + ", not in force");
        }
        return co;
    }
}
