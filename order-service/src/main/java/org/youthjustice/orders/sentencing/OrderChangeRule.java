package org.youthjustice.orders.sentencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

/**
 * What a variation, revocation or breach hearing may do to an order (ORD-1): only an order of the child's
 * case that is still in force; only a variation changes its requirements or end date, and only a youth
 * rehabilitation order has requirements (ORD-4), which a variation re-validates against ORD-3 to ORD-13 at
 * the original finding of guilt. Every violation is returned together (ORD-14).
 */
public final class OrderChangeRule {
    private OrderChangeRule() {
    }

    /**
     * Every rule a hearing's change to an order breaks; none means it may be applied.
     *
     * @param order the order the change names, as loaded; null when there is none
     * @param childCase the case the hearing is about, when it is already known
     * @param sentencingOfOrder the sentencing the order was made at (the child's age is taken at the original
     *        finding of guilt, X-5); asked only when a youth rehabilitation order's variation is re-validated
     */
    public static List<Violation> check(CourtOutcome outcome, OrderLifecycle.OrderChangeEntry change, CourtOrder order,
            Optional<ChildCase> childCase, Supplier<Sentencing> sentencingOfOrder) {
        List<Violation> violations = new ArrayList<>();
        if (order == null || childCase.isEmpty() || !order.caseId.equals(childCase.get().id)) {
            violations.add(Violation.ofRule("ORD-1", "orderChange.orderId", "no order " + change.orderId() + " on this child's case"));
            return violations;
        }
        if (!order.inForce()) {
            violations.add(Violation.ofRule("ORD-1", "orderChange.orderId", "the order has ended ("
                    + order.status.name().toLowerCase() + " on " + order.endedOn + ")"));
        }
        boolean varied = outcome == CourtOutcome.VARIED;
        if (!varied && (change.requirements() != null || change.endDate() != null)) {
            violations.add(Violation.ofRule("ORD-1", "orderChange", "only a variation changes requirements or the end date"));
        }
        if (varied && order.orderType == OrderType.YOUTH_REHABILITATION_ORDER) {
            violations.addAll(YouthRehabilitationOrderRule.check(new ProposedYouthRehabilitationOrder(order.startDate,
                    change.endDate() != null ? change.endDate() : order.endDate, requirementsAfter(order, change)),
                    sentencingOfOrder.get()));
        } else if (varied && change.requirements() != null && !change.requirements().isEmpty()) {
            violations.add(Violation.ofRule("ORD-4", "orderChange.requirements", "only a youth rehabilitation order has requirements"));
        }
        return violations;
    }

    /** The requirements in force after the change: the ones it gives, else the order's own. */
    static List<RequirementTerms> requirementsAfter(CourtOrder order, OrderLifecycle.OrderChangeEntry change) {
        if (change.requirements() != null) {
            return change.requirements();
        }
        return order.requirements.stream()
                .map(r -> new RequirementTerms(r.type, r.days, r.hours, r.months, r.hoursPerDay)).toList();
    }
}
