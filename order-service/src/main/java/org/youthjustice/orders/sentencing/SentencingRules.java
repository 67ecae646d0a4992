package org.youthjustice.orders.sentencing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.problem.Violation;

/**
 * The rules an order made at a sentencing hearing is checked against before anything is stored: its type
 * and that type's own fields (ORD-2), requirements only on a youth rehabilitation order (ORD-4), and a
 * youth rehabilitation order's statutory rules (ORD-3 to ORD-13, {@link YouthRehabilitationOrderRule}),
 * every violation returned together (ORD-14).
 */
public final class SentencingRules {
    /** ORD-2: the legacy types are history only; no new order is made of them. */
    static final Set<OrderType> LEGACY = EnumSet.of(OrderType.FINAL_WARNING, OrderType.ACTION_PLAN_ORDER,
            OrderType.SUPERVISION_ORDER, OrderType.ISSP);

    private SentencingRules() {
    }

    /** Every rule the order breaks; none means it may be made. */
    public static List<Violation> check(Sentences.OrderEntry order, Sentencing sentencing) {
        List<Violation> violations = new ArrayList<>();
        if (LEGACY.contains(order.type())) {
            violations.add(Violation.ofRule("ORD-2", "order.type", WireNames.of(order.type())
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
    static List<Violation> typeFields(Sentences.OrderEntry order) {
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
}
