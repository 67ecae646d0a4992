package org.youthjustice.orders.caseplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.Policy;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;

/**
 * Starts the case plan's milestones from their triggers, due by the authority's policy in force now
 * on the working-day calendar.
 */
@ApplicationScoped
public class CasePlan {
    /** The milestones a youth rehabilitation order starts at its start date (Wokingham YRO guidance). */
    private static final List<String> FROM_ORDER_START = List.of("MIL-4", "MIL-5", "MIL-6", "MIL-7");

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    /**
     * MIL-1 when a YJS court officer was at the sentencing hearing; MIL-4 to MIL-7 from a youth
     * rehabilitation order's start. The trigger of a date is the start of that day in London.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> orderMade(UUID caseId, UUID orderId, OrderType type, LocalDate sentenced, LocalDate orderStarts,
            boolean courtOfficerPresent) {
        Policy policy = policies.policyOf(tenantContext.requireAuthority());
        List<Milestone> started = new java.util.ArrayList<>();
        if (courtOfficerPresent) {
            started.add(start(policy, "MIL-1", startOf(sentenced), caseId, orderId));
        }
        if (type == OrderType.YOUTH_REHABILITATION_ORDER) {
            for (String rule : FROM_ORDER_START) {
                started.add(start(policy, rule, startOf(orderStarts), caseId, orderId));
            }
        }
        return started;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Milestone> of(UUID caseId) {
        return entityManager.createQuery("from Milestone where caseId = :id order by dueDate, rule", Milestone.class)
                .setParameter("id", caseId).getResultList();
    }

    private Milestone start(Policy policy, String rule, Instant trigger, UUID caseId, UUID orderId) {
        Milestone milestone = Milestone.of(deadlines.deadline(policy, rule, trigger), caseId, orderId);
        entityManager.persist(milestone);
        return milestone;
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(DeadlineCalculator.LONDON).toInstant();
    }
}
