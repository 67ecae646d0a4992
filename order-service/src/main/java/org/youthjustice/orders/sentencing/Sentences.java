package org.youthjustice.orders.sentencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The order made at a sentencing hearing: checked against the rules of its type before anything is
 * stored ({@link SentencingRules}: ORD-2, ORD-3 to ORD-13, all violations at once: ORD-14), routed to its
 * team (ORD-15), and announced as {@code order.made}.
 */
@ApplicationScoped
public class Sentences {
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
        return WireNames.of(value);
    }
}
