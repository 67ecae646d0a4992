package org.youthjustice.orders.courtlistings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.CourtListingDue;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.ListingReason;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.courtlistings.EarlyRevocationRule.Eligibility;
import org.youthjustice.orders.assessment.Assessment;
import org.youthjustice.orders.assessment.Assessments;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.orders.sentencing.OrderLifecycle;
import org.youthjustice.problem.Violation;

/**
 * Early revocation (MIL-13, Wokingham YRO guidance): eligible only after the order's mid-point, with
 * low risk, satisfactory compliance and no re-offending, and the plan's targets completed (which the
 * practitioner confirms: the platform does not hold the targets). A manager's agreement, with the
 * child's views, starts the 2-week court listing from the day the decision is told to the child.
 */
@ApplicationScoped
public class EarlyRevocation {
    @Inject
    EntityManager entityManager;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    Assessments assessments;

    @Inject
    CasePlan casePlan;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Decision(
            @AssertTrue(message = "[MIL-13] early revocation needs all the plan's targets completed") boolean planTargetsCompleted,
            @NotBlank @Size(max = 4000) String childViews,
            @NotNull LocalDate toldToChildOn) {
    }

    /** MIL-13: each criterion ({@link EarlyRevocationRule}), on what the case records today. */
    @Transactional
    public Eligibility eligibility(CourtOrder order) {
        LocalDate today = Moments.ukToday(clock);
        Optional<Assessment> risk = assessments.latest(order.caseId);
        long breaches = entityManager.createQuery("select count(m) from Milestone m where m.orderId = :id and m.step in :steps",
                        Long.class)
                .setParameter("id", order.id)
                .setParameter("steps", List.of(Step.BREACH_LISTING.wireName(), Step.BREACH_LISTING_AT_RISK.wireName()))
                .getSingleResult();
        LocalDate sentenced = entityManager.find(Hearing.class, order.outcomeId).hearingDate;
        List<LocalDate> later = entityManager.createQuery("""
                        select o.hearingDate from Hearing o where o.caseId = :case and o.hearingDate > :sentenced
                        and o.outcome not in (:aboutThisOrder) order by o.hearingDate""", LocalDate.class)
                .setParameter("case", order.caseId).setParameter("sentenced", sentenced)
                .setParameter("aboutThisOrder", List.of(CourtOutcome.VARIED,
                        CourtOutcome.REVOKED, CourtOutcome.BREACH_FOUND))
                .getResultList();
        return EarlyRevocationRule.eligibility(order, today, risk, breaches, sentenced, later);
    }

    /** Records the manager's agreement and starts the listing deadline (MIL-13). */
    @Transactional
    public Milestone decide(CourtOrder order, Decision decision) {
        List<Violation> unmet = EarlyRevocationRule.unmet(eligibility(order));
        if (!unmet.isEmpty()) {
            throw ProblemException.ruleViolations(unmet);
        }
        if (decision.toldToChildOn().isAfter(Moments.ukToday(clock))) {
            throw ProblemException.invalid(List.of(Violation.ofField("toldToChildOn", "the decision is recorded once told to the child")));
        }
        if (!casePlan.open(order.caseId, List.of(Step.EARLY_REVOCATION_LISTING)).isEmpty()) {
            throw ProblemException.conflict("early revocation of order " + order.id + " is already waiting for its hearing");
        }
        lifecycle.recordChange(order, null, "early-revocation-agreed", decision.toldToChildOn(), "early-revocation",
                "Child's views: " + decision.childViews());
        Milestone listing = casePlan.start(Step.EARLY_REVOCATION_LISTING, CasePlan.startOf(decision.toldToChildOn()),
                order.caseId, order.id);
        outbox.record(new CourtListingDue(listing.id, ListingReason.EARLY_REVOCATION, listing.dueDate), order.caseId);
        audit.record("early-revocation.agreed", "case", order.caseId, "agreed by " + caller.username());
        return listing;
    }
}
