package org.youthjustice.orders.caseplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneNotApplicable;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.orders.sentencing.OrderEnded;
import org.youthjustice.orders.sentencing.OrderHeard;
import org.youthjustice.orders.transfers.CaseTransferredIn;

/**
 * The case plan: starts milestones from their triggers, due by the authority's policy in force now
 * on the working-day calendar; meets them with the casework that completes them, starting
 * the next one of a repeating step; and closes what no longer applies, with the reason.
 *
 * <p>Every change to a milestone is announced through the outbox, in its transaction, from here: {@code milestone.set}
 * when one starts or who holds it changes (an allocation, a transfer in), {@code milestone.met} and
 * {@code milestone.not-applicable} when it closes. A read model (timeliness by rule, team and month) is fed by them.
 */
@ApplicationScoped
public class CasePlan {
    /** The milestones a youth rehabilitation order starts at its start date (Wokingham YRO guidance). */
    private static final List<Step> FROM_ORDER_START = List.of(Step.FIRST_HOME_VISIT, Step.FIRST_ASSESSMENT_REVIEW,
            Step.INTERVENTION_PLAN, Step.REVIEW_MEETING);

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /**
     * MIL-1 when a YJS court officer was at the sentencing hearing; MIL-4 to MIL-7 from a youth
     * rehabilitation order's start, and the exit interview arranged at least 2 weeks before it ends
     * (MIL-11). The trigger of a date is the start of that day in London.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> orderMade(UUID caseId, UUID orderId, OrderType type, LocalDate sentenced, LocalDate orderStarts,
            LocalDate orderEnds, boolean courtOfficerPresent) {
        List<Milestone> started = new ArrayList<>();
        if (courtOfficerPresent) {
            started.add(start(Step.POST_SENTENCE_CONTACT, startOf(sentenced), caseId, orderId));
        }
        if (type == OrderType.YOUTH_REHABILITATION_ORDER) {
            for (Step step : FROM_ORDER_START) {
                started.add(start(step, startOf(orderStarts), caseId, orderId));
            }
            // the final supervision session is taken to be the order's last day until the exit interview is arranged
            if (orderEnds != null) {
                started.add(startBefore(Step.EXIT_INTERVIEW_ARRANGEMENT, orderEnds, startOf(orderStarts), caseId, orderId));
            }
        }
        return started;
    }

    /**
     * Starts a milestone of {@code step} from {@code trigger}, held by whoever holds the case now (or,
     * before allocation, the order's team).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Milestone start(Step step, Instant trigger, UUID caseId, UUID orderId) {
        return start(step, deadline(step, trigger), caseId, orderId);
    }

    /**
     * Starts a milestone of {@code step} due its time limit <em>before</em> {@code reference} ("at least 2
     * days before the exit interview"), triggered at {@code trigger}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Milestone startBefore(Step step, LocalDate reference, Instant trigger, UUID caseId, UUID orderId) {
        Policy policy = policies.policyOf(tenantContext.requireAuthority());
        return start(step, deadlines.deadlineBefore(policy, step.policyKey(), reference, trigger), caseId, orderId);
    }

    /** The day a step's time limit after {@code from} ends, under the authority's policy now. */
    public LocalDate dueDate(Step step, LocalDate from) {
        return deadline(step, startOf(from)).dueDate();
    }

    private Deadline deadline(Step step, Instant trigger) {
        Policy policy = policies.policyOf(tenantContext.requireAuthority());
        return deadlines.deadline(policy, step.policyKey(), trigger);
    }

    private Milestone start(Step step, Deadline deadline, UUID caseId, UUID orderId) {
        Milestone milestone = Milestone.of(step, deadline, caseId, orderId);
        ChildCase childCase = entityManager.find(ChildCase.class, caseId);
        milestone.responsibleWorker = childCase.caseManager;
        milestone.team = childCase.team;
        if (milestone.team == null && orderId != null) {
            milestone.team = entityManager.find(CourtOrder.class, orderId).team;
        }
        entityManager.persist(milestone);
        outbox.record(set(milestone), caseId);
        return milestone;
    }

    /** What a piece of casework did to the case plan: the milestones it met, and the next ones it started. */
    public record Progress(List<Milestone> met, List<Milestone> started) {
        public static Progress none() {
            return new Progress(List.of(), List.of());
        }
    }

    /**
     * Meets the case's open milestones of {@code steps} that had started by {@code happenedAt}, with
     * their evidence; a repeating step starts its next milestone from {@code happenedAt} while its order
     * is still in force on the new due date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Progress meet(UUID caseId, Collection<Step> steps, Instant happenedAt, Milestone.Evidence evidence, String by) {
        List<Milestone> met = new ArrayList<>();
        List<Milestone> started = new ArrayList<>();
        for (Milestone milestone : open(caseId, steps)) {
            if (milestone.triggeredAt.isAfter(happenedAt)) {
                continue;
            }
            met.add(milestone);
            meet(milestone, happenedAt, evidence, by).ifPresent(started::add);
        }
        return new Progress(met, started);
    }

    /** Meets one milestone with its evidence; a repeating step starts its next one from {@code happenedAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Milestone> meet(Milestone milestone, Instant happenedAt, Milestone.Evidence evidence, String by) {
        milestone.meet(happenedAt, evidence, by, clock.instant());
        outbox.record(new MilestoneMet(milestone.id, milestone.rule, milestone.step, milestone.dueDate, milestone.dueAt,
                milestone.completedAt, milestone.metOnTime(), milestone.team, milestone.responsibleWorker), milestone.caseId);
        return milestone.step().next().flatMap(next -> startNextIfInForce(next, happenedAt, milestone));
    }

    private Optional<Milestone> startNextIfInForce(Step next, Instant from, Milestone previous) {
        Deadline deadline = deadline(next, from);
        if (previous.orderId == null) {
            // tracking outside an order (Crown Court, MIL-14) repeats until the court deals with the case
            return Optional.of(start(next, deadline, previous.caseId, null));
        }
        // an order that ends before the next one would fall due needs no more of them
        if (!entityManager.find(CourtOrder.class, previous.orderId).inForceOn(deadline.dueDate())) {
            return Optional.empty();
        }
        return Optional.of(start(next, deadline, previous.caseId, previous.orderId));
    }

    /** Closes a milestone that does not apply to this child, with the reason (kept, and shown). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(Milestone milestone, String reason, String by) {
        milestone.notApplicable(reason, by, clock.instant());
        outbox.record(new MilestoneNotApplicable(milestone.id, milestone.rule, milestone.step, milestone.dueDate,
                milestone.notApplicableReason, milestone.closedAt, milestone.team), milestone.caseId);
    }

    /** MIL-14: a committal to the Crown Court starts its tracking: a case manager allocated within 48 hours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Milestone> committedToCrownCourt(UUID caseId, LocalDate hearing) {
        if (!open(caseId, Step.CROWN_COURT_TRACKING).isEmpty()) {
            return Optional.empty(); // already tracked
        }
        return Optional.of(start(Step.CROWN_COURT_ALLOCATION, startOf(hearing), caseId, null));
    }

    /** MIL-14: once the Crown Court has dealt with the case, its tracking ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void crownCourtDealtWith(UUID caseId, LocalDate hearing, String by) {
        open(caseId, Step.CROWN_COURT_TRACKING).forEach(m -> notApplicable(m, "dealt with by the Crown Court on " + hearing, by));
    }

    /** A hearing about an order meets the case's open court listings: the hearing they were for has happened. */
    void heard(@Observes OrderHeard heard) {
        meet(heard.caseId(), Step.COURT_LISTINGS, startOf(heard.hearingDate()),
                new Milestone.Evidence("court-outcome", heard.outcomeId(), heard.kind()), heard.by());
    }

    /** An order that ended, as sentencing announces it. */
    void ended(@Observes OrderEnded ended) {
        orderEnded(ended.orderId(), ended.completed(), ended.reason(), ended.by());
    }

    /**
     * An order that has ended leaves nothing more to do under it: its open milestones close, except that a
     * completed order's closure (MIL-11: exit interview, closure AssetPlus) is still to come.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> orderEnded(UUID orderId, boolean completed, String reason, String by) {
        List<Milestone> open = entityManager.createQuery("from Milestone where orderId = :id and closedAt is null", Milestone.class)
                .setParameter("id", orderId).getResultStream()
                .filter(m -> !(completed && Step.CLOSURE.contains(m.step()))).toList();
        open.forEach(m -> notApplicable(m, reason, by));
        return open;
    }

    /** The case's open milestones of the given steps, soonest due first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> open(UUID caseId, Collection<Step> steps) {
        return entityManager.createQuery("from Milestone where caseId = :id and closedAt is null and step in :steps "
                        + "order by dueAt", Milestone.class)
                .setParameter("id", caseId).setParameter("steps", steps.stream().map(Step::wireName).toList())
                .getResultList();
    }

    public Optional<Milestone> find(UUID milestoneId) {
        return Optional.ofNullable(entityManager.find(Milestone.class, milestoneId));
    }

    /**
     * Whoever holds the case now holds its open milestones (after an allocation or reallocation); each one whose
     * worker or team this changes is announced as it is now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heldBy(UUID caseId, UUID worker, String team) {
        List<Milestone> changed = entityManager.createQuery("from Milestone where caseId = :id and closedAt is null "
                        + "order by dueAt, id", Milestone.class)
                .setParameter("id", caseId).getResultStream()
                .filter(m -> !Objects.equals(m.responsibleWorker, worker) || !Objects.equals(m.team, team)).toList();
        for (Milestone milestone : changed) {
            milestone.responsibleWorker = worker;
            milestone.team = team;
            outbox.record(set(milestone), caseId);
        }
    }

    /**
     * A case transferred in (TRF-1) brings its open milestones, held by no one here until this authority allocates it:
     * each is announced as it is now, to the receiving authority. Its closed ones are the home authority's history,
     * announced there when they closed.
     */
    void transferredIn(@Observes CaseTransferredIn transfer) {
        List<Milestone> open = entityManager.createQuery("from Milestone where caseId = :id and closedAt is null "
                        + "order by dueAt, id", Milestone.class)
                .setParameter("id", transfer.caseId()).getResultList();
        for (Milestone milestone : open) {
            // moved and cleared by the transfer's own statements, which a milestone read before them does not show
            entityManager.refresh(milestone);
            outbox.record(set(milestone), transfer.caseId(), transfer.toAuthority());
        }
    }

    /** A milestone as it stands, for {@code milestone.set}. */
    private static MilestoneSet set(Milestone milestone) {
        return new MilestoneSet(milestone.id, milestone.orderId, milestone.rule, milestone.step, milestone.triggeredAt,
                milestone.dueDate, milestone.dueAt, milestone.team, milestone.responsibleWorker);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> of(UUID caseId) {
        return entityManager.createQuery("from Milestone where caseId = :id order by dueDate, rule, triggeredAt", Milestone.class)
                .setParameter("id", caseId).getResultList();
    }

    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(DeadlineCalculator.LONDON).toInstant();
    }
}
