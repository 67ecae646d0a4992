package org.youthjustice.orders.sentencing;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.RequirementUnit;
import org.youthjustice.events.orders.RiskLevels;
import java.util.Optional;
import org.youthjustice.orders.assessment.Assessment;
import org.youthjustice.orders.assessment.Assessments;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/**
 * The order made at a sentencing hearing: checked against the rules of its type before anything is
 * stored (ORD-2, ORD-3 to ORD-13, all violations at once: ORD-14), routed to its team (ORD-15), and
 * announced as {@code order.made}.
 */
@ApplicationScoped
public class Sentences {
    /** ORD-2: the legacy types are history only; no new order is made of them. */
    private static final Set<OrderType> LEGACY = EnumSet.of(OrderType.FINAL_WARNING, OrderType.ACTION_PLAN_ORDER,
            OrderType.SUPERVISION_ORDER, OrderType.ISSP);

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenantContext;

    @Inject
    Assessments assessments;

    private final TeamRouting teamRouting;

    Clock clock = Clock.systemUTC();

    @Inject
    Sentences(TeamRoutingConfig teamRoutingConfig) {
        // the authorities' routing is configuration: read once, not on every order
        this.teamRouting = new TeamRouting(teamRoutingConfig.teamRouting());
    }

    /** The order as submitted with a sentenced outcome. */
    public record OrderEntry(
            @jakarta.validation.constraints.NotNull OrderType type,
            @jakarta.validation.constraints.NotNull LocalDate startDate,
            LocalDate endDate,
            List<@jakarta.validation.constraints.NotNull RequirementTerms> requirements,
            boolean custodyThresholdPassed,
            boolean persistentOffender) {

        List<RequirementTerms> terms() {
            return requirements == null ? List.of() : requirements;
        }
    }

    /** Every rule the order breaks; none means it may be made. */
    public List<Violation> check(OrderEntry order, Sentencing sentencing) {
        List<Violation> violations = new ArrayList<>();
        if (LEGACY.contains(order.type())) {
            violations.add(Violation.ofRule("ORD-2", "order.type", wireName(order.type())
                    + " is a legacy order type, kept as history only; no new one can be made"));
        }
        if (order.type() == OrderType.YOUTH_REHABILITATION_ORDER) {
            violations.addAll(YouthRehabilitationOrderRule.check(
                    new ProposedYouthRehabilitationOrder(order.startDate(), order.endDate(), order.terms()), sentencing));
        } else if (!order.terms().isEmpty()) {
            violations.add(Violation.ofRule("ORD-4", "order.requirements", "only a youth rehabilitation order has requirements"));
        }
        if (order.endDate() != null && order.endDate().isBefore(order.startDate())) {
            violations.add(Violation.ofRule("ORD-2", "order.endDate", "the order ends before it starts"));
        }
        return violations;
    }

    /** Records a checked order for a case and announces it. */
    public CourtOrder make(OrderEntry entry, Sentencing sentencing, UUID caseId, UUID outcomeId, LocalDate sentenceDate) {
        CourtOrder order = new CourtOrder();
        order.id = UUID.randomUUID();
        order.caseId = caseId;
        order.outcomeId = outcomeId;
        order.orderType = entry.type();
        order.startDate = entry.startDate();
        order.endDate = entry.endDate();
        order.custodyThresholdPassed = entry.custodyThresholdPassed();
        order.persistentOffender = entry.persistentOffender();
        order.status = CourtOrder.Status.MADE;
        order.madeAt = clock.instant();
        entry.terms().stream().map(Sentences::requirementOf).forEach(order.requirements::add);
        boolean iss = entry.terms().stream().anyMatch(t -> t.type() == RequirementType.INTENSIVE_SUPERVISION_AND_SURVEILLANCE);
        order.team = teamRouting.teamFor(tenantContext.requireAuthority(), entry.type(), wireName(entry.type()), iss);
        entityManager.persist(order);

        // allocation's rule inputs (ALC-5): the case's current risk levels, when it has been assessed
        Optional<Assessment> risk = assessments.latest(caseId);
        outbox.record(new OrderMade(order.id, order.orderType, order.startDate, order.endDate,
                order.requirements.stream().map(Sentences::asEvent).toList(), order.team,
                risk.map(a -> new RiskLevels(a.rosh, a.saw)).orElse(null), risk.map(a -> a.scaledApproach).orElse(null), sentenceDate,
                order.orderType == OrderType.YOUTH_CAUTION || order.orderType == OrderType.YOUTH_CONDITIONAL_CAUTION), caseId);
        return order;
    }

    static CourtOrder.Requirement requirementOf(RequirementTerms terms) {
        CourtOrder.Requirement requirement = new CourtOrder.Requirement();
        requirement.type = terms.type();
        requirement.days = terms.days();
        requirement.hours = terms.hours();
        requirement.months = terms.months();
        requirement.hoursPerDay = terms.hoursPerDay();
        return requirement;
    }

    static org.youthjustice.events.orders.Requirement asEvent(CourtOrder.Requirement requirement) {
        String type = wireName(requirement.type);
        if (requirement.hours != null) {
            return new org.youthjustice.events.orders.Requirement(type, requirement.hours, RequirementUnit.HOURS);
        }
        if (requirement.days != null) {
            return new org.youthjustice.events.orders.Requirement(type, requirement.days, RequirementUnit.DAYS);
        }
        if (requirement.months != null) {
            return new org.youthjustice.events.orders.Requirement(type, requirement.months, RequirementUnit.MONTHS);
        }
        return new org.youthjustice.events.orders.Requirement(type, null, null);
    }

    /** The name a type has in JSON and in policy files, e.g. {@code youth-rehabilitation-order}. */
    static String wireName(Enum<?> value) {
        try {
            return value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
