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
import org.youthjustice.events.orders.Requirement;
import org.youthjustice.events.orders.RequirementUnit;
import org.youthjustice.events.orders.RiskLevels;
import java.util.Optional;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.orders.cases.ChildCase;
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
    AssessedRisk assessedRisk;

    private final TeamRouting teamRouting;

    @Inject
    Clock clock;

    @Inject
    Sentences(TeamRoutingConfig teamRoutingConfig) {
        // the authorities' routing is configuration: read once, not on every order
        this.teamRouting = new TeamRouting(teamRoutingConfig.teamRouting());
    }

    /**
     * The order as submitted with a sentenced outcome, with its type's own fields (ORD-2): requirements
     * for a youth rehabilitation order, the contract length of a referral order, the custody and licence
     * periods of a detention and training order, the parent a parenting order is made on. Without an end
     * date, a referral order or DTO ends after its length.
     */
    public record OrderEntry(
            @jakarta.validation.constraints.NotNull OrderType type,
            @jakarta.validation.constraints.NotNull LocalDate startDate,
            LocalDate endDate,
            List<@jakarta.validation.constraints.NotNull RequirementTerms> requirements,
            boolean custodyThresholdPassed,
            boolean persistentOffender,
            Integer contractMonths,
            Integer custodyMonths,
            Integer licenceMonths,
            @jakarta.validation.Valid Parent parent) {

        List<RequirementTerms> terms() {
            return requirements == null ? List.of() : requirements;
        }

        /** The end date given, or the one its length gives. */
        LocalDate effectiveEndDate() {
            if (endDate != null) {
                return endDate;
            }
            if (type == OrderType.REFERRAL_ORDER && contractMonths != null) {
                return startDate.plusMonths(contractMonths).minusDays(1);
            }
            if (type == OrderType.DETENTION_AND_TRAINING_ORDER && custodyMonths != null && licenceMonths != null) {
                return startDate.plusMonths(custodyMonths + licenceMonths).minusDays(1);
            }
            return null;
        }
    }

    /** The parent or guardian a parenting order is made on. */
    public record Parent(@jakarta.validation.constraints.NotBlank String name,
            @jakarta.validation.constraints.NotBlank String relationship) {
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
        violations.addAll(typeFields(order));
        if (order.endDate() != null && order.endDate().isBefore(order.startDate())) {
            violations.add(Violation.ofRule("ORD-2", "order.endDate", "the order ends before it starts"));
        }
        return violations;
    }

    /**
     * ORD-2: each type's own fields, and only its own. A referral order's contract is 3 to 12 months
     * (Sentencing Act 2020, s.83); a DTO has custody and licence periods; a parenting order names its parent.
     */
    private static List<Violation> typeFields(OrderEntry order) {
        List<Violation> violations = new ArrayList<>();
        boolean referral = order.type() == OrderType.REFERRAL_ORDER;
        boolean dto = order.type() == OrderType.DETENTION_AND_TRAINING_ORDER;
        boolean parenting = order.type() == OrderType.PARENTING_ORDER;
        if (referral && (order.contractMonths() == null || order.contractMonths() < 3 || order.contractMonths() > 12)) {
            violations.add(Violation.ofRule("ORD-2", "order.contractMonths", "a referral order's contract is 3 to 12 months"));
        } else if (!referral && order.contractMonths() != null) {
            violations.add(Violation.ofRule("ORD-2", "order.contractMonths", "only a referral order has a contract length"));
        }
        if (dto && (order.custodyMonths() == null || order.licenceMonths() == null || order.custodyMonths() < 1
                || order.licenceMonths() < 1)) {
            violations.add(Violation.ofRule("ORD-2", "order.custodyMonths",
                    "a detention and training order has its custody and licence periods, each at least a month"));
        } else if (!dto && (order.custodyMonths() != null || order.licenceMonths() != null)) {
            violations.add(Violation.ofRule("ORD-2", "order.custodyMonths", "only a detention and training order has custody and licence periods"));
        }
        if (parenting && order.parent() == null) {
            violations.add(Violation.ofRule("ORD-2", "order.parent", "a parenting order is made on a parent: name them"));
        } else if (!parenting && order.parent() != null) {
            violations.add(Violation.ofRule("ORD-2", "order.parent", "only a parenting order is made on a parent"));
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
        order.endDate = entry.effectiveEndDate();
        order.contractMonths = entry.contractMonths();
        order.custodyMonths = entry.custodyMonths();
        order.licenceMonths = entry.licenceMonths();
        order.parentName = entry.parent() == null ? null : entry.parent().name();
        order.parentRelationship = entry.parent() == null ? null : entry.parent().relationship();
        order.custodyThresholdPassed = entry.custodyThresholdPassed();
        order.persistentOffender = entry.persistentOffender();
        order.status = CourtOrder.Status.MADE;
        order.madeAt = clock.instant();
        entry.terms().stream().map(Sentences::requirementOf).forEach(order.requirements::add);
        boolean iss = entry.terms().stream().anyMatch(t -> t.type() == RequirementType.INTENSIVE_SUPERVISION_AND_SURVEILLANCE);
        order.team = teamRouting.teamFor(tenantContext.requireAuthority(), entry.type(), wireName(entry.type()), iss);
        entityManager.persist(order);

        // allocation's rule inputs: the case's current risk levels, when it has been assessed (ALC-5); the child's
        // gender identity and looked-after status as the court knows them now (ALC-3, ALC-4)
        Optional<AssessedRisk.Levels> risk = assessedRisk.latestOf(caseId);
        ChildCase child = entityManager.find(ChildCase.class, caseId);
        outbox.record(new OrderMade(order.id, order.orderType, order.startDate, order.endDate,
                order.requirements.stream().map(Sentences::asEvent).toList(), order.team,
                risk.map(AssessedRisk.Levels::riskLevels).orElse(null), risk.map(AssessedRisk.Levels::scaledApproach).orElse(null), sentenceDate,
                order.orderType == OrderType.YOUTH_CAUTION || order.orderType == OrderType.YOUTH_CONDITIONAL_CAUTION,
                child.genderIdentity, child.lookedAfter), caseId);
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

    static Requirement asEvent(CourtOrder.Requirement requirement) {
        String type = wireName(requirement.type);
        if (requirement.hours != null) {
            return new Requirement(type, requirement.hours, RequirementUnit.HOURS);
        }
        if (requirement.days != null) {
            return new Requirement(type, requirement.days, RequirementUnit.DAYS);
        }
        if (requirement.months != null) {
            return new Requirement(type, requirement.months, RequirementUnit.MONTHS);
        }
        return new Requirement(type, null, null);
    }

    /** The name a type has in JSON and in policy files, e.g. {@code youth-rehabilitation-order}. */
    public static String wireName(Enum<?> value) {
        try {
            return value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
