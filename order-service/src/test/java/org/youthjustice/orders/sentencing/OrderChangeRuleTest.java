package org.youthjustice.orders.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.youthjustice.orders.sentencing.RequirementType.SUPERVISION;
import static org.youthjustice.orders.sentencing.RequirementType.UNPAID_WORK;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

class OrderChangeRuleTest {
    private static final LocalDate SENTENCED = LocalDate.of(2026, 11, 23);

    /** The sentencing an order was made at, for a child of {@code age} at the finding of guilt. */
    private static Supplier<Sentencing> sentencedAt(int age) {
        return () -> new Sentencing(SENTENCED.minusYears(age), SENTENCED, true, true, false);
    }

    /** For a change that must not need the original sentencing. */
    private static final Supplier<Sentencing> NOT_ASKED = () -> {
        throw new AssertionError("the sentencing the order was made at is not needed");
    };

    private static ChildCase childCase() {
        ChildCase childCase = new ChildCase();
        childCase.id = UUID.randomUUID();
        childCase.dateOfBirth = SENTENCED.minusYears(16);
        return childCase;
    }

    private static CourtOrder order(ChildCase of, OrderType type, CourtOrder.Requirement... requirements) {
        CourtOrder order = new CourtOrder();
        order.id = UUID.randomUUID();
        order.caseId = of.id;
        order.orderType = type;
        order.startDate = SENTENCED;
        order.endDate = SENTENCED.plusYears(1);
        order.status = CourtOrder.Status.MADE;
        order.requirements.addAll(List.of(requirements));
        return order;
    }

    private static CourtOrder.Requirement supervision() {
        CourtOrder.Requirement requirement = new CourtOrder.Requirement();
        requirement.type = SUPERVISION;
        return requirement;
    }

    private static CourtOrder.Requirement unpaidWork(int hours) {
        CourtOrder.Requirement requirement = new CourtOrder.Requirement();
        requirement.type = UNPAID_WORK;
        requirement.hours = hours;
        return requirement;
    }

    private static OrderLifecycle.OrderChangeEntry change(CourtOrder order, List<RequirementTerms> requirements, LocalDate endDate) {
        return new OrderLifecycle.OrderChangeEntry(order.id, "re-sentenced", null, requirements, endDate);
    }

    @Test
    @DisplayName("ORD-1: a hearing may vary, revoke or find a breach of an order of the child's case that is in force")
    void anOrderInForceOnTheCaseMayBeChanged() {
        ChildCase child = childCase();
        CourtOrder yro = order(child, OrderType.YOUTH_REHABILITATION_ORDER, unpaidWork(100));

        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change(yro, null, null), yro, Optional.of(child), NOT_ASKED)).isEmpty();
        assertThat(OrderChangeRule.check(CourtOutcome.BREACH_FOUND, change(yro, null, null), yro, Optional.of(child), NOT_ASKED))
                .isEmpty();
        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(yro, List.of(RequirementTerms.hours(UNPAID_WORK, 120)),
                SENTENCED.plusMonths(18)), yro, Optional.of(child), sentencedAt(16))).isEmpty();
    }

    @Test
    @DisplayName("ORD-1: the order a change names is one of this child's case; nothing else is checked when it is not")
    void theOrderIsOneOfTheChildsCase() {
        ChildCase child = childCase();
        CourtOrder othersOrder = order(childCase(), OrderType.YOUTH_REHABILITATION_ORDER);
        othersOrder.status = CourtOrder.Status.REVOKED;
        OrderLifecycle.OrderChangeEntry change = change(othersOrder, List.of(RequirementTerms.of(SUPERVISION)), null);
        Violation notOnTheCase = Violation.ofRule("ORD-1", "orderChange.orderId", "no order " + othersOrder.id + " on this child's case");

        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change, null, Optional.of(child), NOT_ASKED))
                .containsExactly(notOnTheCase);
        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change, othersOrder, Optional.empty(), NOT_ASKED))
                .containsExactly(notOnTheCase);
        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change, othersOrder, Optional.of(child), NOT_ASKED))
                .containsExactly(notOnTheCase);
    }

    @Test
    @DisplayName("ORD-1: an order that has ended is not changed")
    void anEndedOrderIsNotChanged() {
        ChildCase child = childCase();
        CourtOrder revoked = order(child, OrderType.REFERRAL_ORDER);
        revoked.status = CourtOrder.Status.REVOKED;
        revoked.endedOn = SENTENCED.plusMonths(3);

        assertThat(OrderChangeRule.check(CourtOutcome.BREACH_FOUND, change(revoked, null, null), revoked, Optional.of(child), NOT_ASKED))
                .containsExactly(Violation.ofRule("ORD-1", "orderChange.orderId", "the order has ended (revoked on 2027-02-23)"));
    }

    @Test
    @DisplayName("ORD-1: only a variation changes an order's requirements or end date")
    void onlyAVariationChangesRequirementsOrTheEndDate() {
        ChildCase child = childCase();
        CourtOrder yro = order(child, OrderType.YOUTH_REHABILITATION_ORDER, unpaidWork(100));
        Violation onlyAVariation = Violation.ofRule("ORD-1", "orderChange", "only a variation changes requirements or the end date");

        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change(yro, null, SENTENCED.plusMonths(6)), yro, Optional.of(child),
                NOT_ASKED)).containsExactly(onlyAVariation);
        assertThat(OrderChangeRule.check(CourtOutcome.BREACH_FOUND, change(yro, List.of(RequirementTerms.of(SUPERVISION)), null), yro,
                Optional.of(child), NOT_ASKED)).containsExactly(onlyAVariation);
    }

    @Test
    @DisplayName("ORD-6: a varied youth rehabilitation order is re-validated with the child's age at the original finding of guilt")
    void aVariationIsRevalidatedAtTheOriginalFindingOfGuilt() {
        ChildCase child = childCase();
        CourtOrder yro = order(child, OrderType.YOUTH_REHABILITATION_ORDER, supervision());
        OrderLifecycle.OrderChangeEntry addsUnpaidWork = change(yro, List.of(RequirementTerms.hours(UNPAID_WORK, 100)), null);

        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, addsUnpaidWork, yro, Optional.of(child), sentencedAt(16))).isEmpty();
        // 15 when sentenced, though older by the variation: unpaid work is still refused
        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, addsUnpaidWork, yro, Optional.of(child), sentencedAt(15)))
                .extracting(Violation::rule).containsExactly("ORD-6");
    }

    @Test
    @DisplayName("ORD-5: a variation that changes only the end date re-validates the order's own requirements")
    void aVariationKeepsTheOrdersOwnRequirements() {
        ChildCase child = childCase();
        CourtOrder.Requirement activity = new CourtOrder.Requirement();
        activity.type = RequirementType.ACTIVITY;
        activity.days = 120;
        CourtOrder yro = order(child, OrderType.YOUTH_REHABILITATION_ORDER, activity);

        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(yro, null, SENTENCED.plusMonths(18)), yro, Optional.of(child),
                sentencedAt(16))).extracting(Violation::rule, Violation::field).containsExactly(
                        tuple("ORD-5", "order.requirements[0].days"));
    }

    @Test
    @DisplayName("ORD-3: a variation's new end date is re-validated; without one, the order's own end date is")
    void aVariationsEndDateIsRevalidated() {
        ChildCase child = childCase();
        CourtOrder yro = order(child, OrderType.YOUTH_REHABILITATION_ORDER, supervision());

        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(yro, null, SENTENCED.plusYears(3).plusDays(1)), yro,
                Optional.of(child), sentencedAt(16))).extracting(Violation::rule).containsExactly("ORD-3");
        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(yro, null, SENTENCED.plusYears(3)), yro, Optional.of(child),
                sentencedAt(16))).isEmpty();
        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(yro, List.of(RequirementTerms.of(SUPERVISION)), null), yro,
                Optional.of(child), sentencedAt(16))).isEmpty();
    }

    @Test
    @DisplayName("ORD-4: only a youth rehabilitation order is varied to have requirements")
    void onlyAYouthRehabilitationOrderHasRequirements() {
        ChildCase child = childCase();
        CourtOrder referral = order(child, OrderType.REFERRAL_ORDER);

        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(referral, List.of(RequirementTerms.of(SUPERVISION)), null), referral,
                Optional.of(child), NOT_ASKED)).containsExactly(
                        Violation.ofRule("ORD-4", "orderChange.requirements", "only a youth rehabilitation order has requirements"));
        assertThat(OrderChangeRule.check(CourtOutcome.VARIED, change(referral, List.of(), SENTENCED.plusMonths(9)), referral,
                Optional.of(child), NOT_ASKED)).isEmpty();
    }

    @Test
    @DisplayName("ORD-14: every violation of a change is listed together")
    void everyViolationIsListedTogether() {
        ChildCase child = childCase();
        CourtOrder completed = order(child, OrderType.REFERRAL_ORDER);
        completed.status = CourtOrder.Status.COMPLETED;
        completed.endedOn = SENTENCED.plusYears(1);

        assertThat(OrderChangeRule.check(CourtOutcome.REVOKED, change(completed, List.of(RequirementTerms.of(SUPERVISION)), null),
                completed, Optional.of(child), NOT_ASKED)).extracting(Violation::rule, Violation::field).containsExactly(
                        tuple("ORD-1", "orderChange.orderId"),
                        tuple("ORD-1", "orderChange"));
    }
}
