package org.youthjustice.orders.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.youthjustice.orders.sentencing.RequirementType.SUPERVISION;
import static org.youthjustice.orders.sentencing.RequirementType.UNPAID_WORK;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.problem.Violation;

class SentencingRulesTest {
    private static final LocalDate SENTENCED = LocalDate.of(2026, 11, 23);
    private static final Sentencing SIXTEEN = new Sentencing(SENTENCED.minusYears(16), SENTENCED, true, true, false);
    private static final Sentencing FIFTEEN = new Sentencing(SENTENCED.minusYears(15), SENTENCED, true, true, false);

    private static Sentences.OrderEntry order(OrderType type) {
        return new Sentences.OrderEntry(type, SENTENCED, null, null, false, false, null, null, null, null);
    }

    private static Sentences.OrderEntry youthRehabilitationOrder(LocalDate endDate, RequirementTerms... requirements) {
        return new Sentences.OrderEntry(OrderType.YOUTH_REHABILITATION_ORDER, SENTENCED, endDate, List.of(requirements), false, false,
                null, null, null, null);
    }

    private static Sentences.OrderEntry referralOrder(Integer contractMonths) {
        return new Sentences.OrderEntry(OrderType.REFERRAL_ORDER, SENTENCED, null, null, false, false, contractMonths, null, null, null);
    }

    private static Sentences.OrderEntry detentionAndTraining(Integer custodyMonths, Integer licenceMonths) {
        return new Sentences.OrderEntry(OrderType.DETENTION_AND_TRAINING_ORDER, SENTENCED, null, null, true, false, null,
                custodyMonths, licenceMonths, null);
    }

    private static Sentences.OrderEntry parentingOrder(Sentences.Parent parent) {
        return new Sentences.OrderEntry(OrderType.PARENTING_ORDER, SENTENCED, null, null, false, false, null, null, null, parent);
    }

    private static List<Violation> check(Sentences.OrderEntry order) {
        return SentencingRules.check(order, SIXTEEN);
    }

    @Test
    @DisplayName("ORD-2: an order of a current type with its own fields may be made")
    void anOrderOfACurrentTypeWithItsFieldsMayBeMade() {
        assertThat(check(order(OrderType.YOUTH_CAUTION))).isEmpty();
        assertThat(check(order(OrderType.REPARATION_ORDER))).isEmpty();
        assertThat(check(referralOrder(6))).isEmpty();
        assertThat(check(detentionAndTraining(4, 4))).isEmpty();
        assertThat(check(parentingOrder(new Sentences.Parent("Sam Doe", "mother")))).isEmpty();
        assertThat(check(youthRehabilitationOrder(SENTENCED.plusYears(1), RequirementTerms.of(SUPERVISION)))).isEmpty();
    }

    @ParameterizedTest(name = "ORD-2: no new {0} is made: it is a legacy type, kept as history only")
    @EnumSource(value = OrderType.class, names = { "FINAL_WARNING", "ACTION_PLAN_ORDER", "SUPERVISION_ORDER", "ISSP" })
    @DisplayName("ORD-2: no new order of a legacy type is made")
    void legacyTypesAreHistoryOnly(OrderType legacy) {
        assertThat(check(order(legacy))).containsExactly(Violation.ofRule("ORD-2", "order.type",
                WireNames.of(legacy) + " is a legacy order type, kept as history only; no new one can be made"));
    }

    @ParameterizedTest(name = "ORD-2: a referral order's contract of {0} months is allowed: {1}")
    @CsvSource({ "2, false", "3, true", "12, true", "13, false", ", false" })
    @DisplayName("ORD-2: a referral order's contract is 3 to 12 months")
    void referralOrderContractIs3To12Months(Integer months, boolean allowed) {
        List<Violation> violations = check(referralOrder(months));

        if (allowed) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(
                    Violation.ofRule("ORD-2", "order.contractMonths", "a referral order's contract is 3 to 12 months"));
        }
    }

    @Test
    @DisplayName("ORD-2: only a referral order has a contract length")
    void onlyAReferralOrderHasAContractLength() {
        Sentences.OrderEntry caution = new Sentences.OrderEntry(OrderType.YOUTH_CAUTION, SENTENCED, null, null, false, false, 6, null,
                null, null);

        assertThat(check(caution)).containsExactly(
                Violation.ofRule("ORD-2", "order.contractMonths", "only a referral order has a contract length"));
    }

    @ParameterizedTest(name = "ORD-2: a detention and training order of {0} months' custody and {1} months' licence is allowed: {2}")
    @CsvSource({ "4, 4, true", "1, 1, true", "0, 4, false", "4, 0, false", ", 4, false", "4, , false" })
    @DisplayName("ORD-2: a detention and training order has its custody and licence periods, each at least a month")
    void detentionAndTrainingOrderHasItsPeriods(Integer custodyMonths, Integer licenceMonths, boolean allowed) {
        List<Violation> violations = check(detentionAndTraining(custodyMonths, licenceMonths));

        if (allowed) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).containsExactly(Violation.ofRule("ORD-2", "order.custodyMonths",
                    "a detention and training order has its custody and licence periods, each at least a month"));
        }
    }

    @Test
    @DisplayName("ORD-2: only a detention and training order has custody and licence periods")
    void onlyADetentionAndTrainingOrderHasCustodyAndLicencePeriods() {
        Sentences.OrderEntry referral = new Sentences.OrderEntry(OrderType.REFERRAL_ORDER, SENTENCED, null, null, false, false, 6, null,
                3, null);

        assertThat(check(referral)).containsExactly(Violation.ofRule("ORD-2", "order.custodyMonths",
                "only a detention and training order has custody and licence periods"));
    }

    @Test
    @DisplayName("ORD-2: a parenting order is made on a parent, and only a parenting order is")
    void aParentingOrderIsMadeOnAParent() {
        assertThat(check(parentingOrder(null))).containsExactly(
                Violation.ofRule("ORD-2", "order.parent", "a parenting order is made on a parent: name them"));

        Sentences.OrderEntry referralOnAParent = new Sentences.OrderEntry(OrderType.REFERRAL_ORDER, SENTENCED, null, null, false, false,
                6, null, null, new Sentences.Parent("Sam Doe", "mother"));
        assertThat(check(referralOnAParent)).containsExactly(
                Violation.ofRule("ORD-2", "order.parent", "only a parenting order is made on a parent"));
    }

    @Test
    @DisplayName("ORD-2: an order does not end before it starts")
    void anOrderDoesNotEndBeforeItStarts() {
        Sentences.OrderEntry endsTheDayBefore = new Sentences.OrderEntry(OrderType.REPARATION_ORDER, SENTENCED, SENTENCED.minusDays(1),
                null, false, false, null, null, null, null);
        Sentences.OrderEntry endsTheSameDay = new Sentences.OrderEntry(OrderType.REPARATION_ORDER, SENTENCED, SENTENCED, null, false,
                false, null, null, null, null);

        assertThat(check(endsTheDayBefore)).containsExactly(
                Violation.ofRule("ORD-2", "order.endDate", "the order ends before it starts"));
        assertThat(check(endsTheSameDay)).isEmpty();
    }

    @Test
    @DisplayName("ORD-4: only a youth rehabilitation order has requirements")
    void onlyAYouthRehabilitationOrderHasRequirements() {
        Sentences.OrderEntry referralWithRequirements = new Sentences.OrderEntry(OrderType.REFERRAL_ORDER, SENTENCED, null,
                List.of(RequirementTerms.of(SUPERVISION)), false, false, 6, null, null, null);
        Sentences.OrderEntry referralWithNone = new Sentences.OrderEntry(OrderType.REFERRAL_ORDER, SENTENCED, null, List.of(), false,
                false, 6, null, null, null);

        assertThat(check(referralWithRequirements)).containsExactly(
                Violation.ofRule("ORD-4", "order.requirements", "only a youth rehabilitation order has requirements"));
        assertThat(check(referralWithNone)).isEmpty();
    }

    @Test
    @DisplayName("ORD-6: a youth rehabilitation order is checked against its statutory rules (ORD-3 to ORD-13) at the finding of guilt")
    void aYouthRehabilitationOrderIsCheckedAgainstItsStatutoryRules() {
        Sentences.OrderEntry unpaidWork = youthRehabilitationOrder(SENTENCED.plusYears(1), RequirementTerms.hours(UNPAID_WORK, 100));

        assertThat(SentencingRules.check(unpaidWork, SIXTEEN)).isEmpty();
        assertThat(SentencingRules.check(unpaidWork, FIFTEEN)).extracting(Violation::rule).containsExactly("ORD-6");
    }

    @Test
    @DisplayName("ORD-14: every violation of the order is listed together, in the order the rules are checked")
    void everyViolationIsListedTogether() {
        Sentences.OrderEntry everythingWrong = new Sentences.OrderEntry(OrderType.FINAL_WARNING, SENTENCED, SENTENCED.minusDays(1),
                List.of(RequirementTerms.of(SUPERVISION)), false, false, 2, 4, 4, new Sentences.Parent("Sam Doe", "father"));

        assertThat(check(everythingWrong)).extracting(Violation::rule, Violation::field).containsExactly(
                tuple("ORD-2", "order.type"),
                tuple("ORD-4", "order.requirements"),
                tuple("ORD-2", "order.contractMonths"),
                tuple("ORD-2", "order.custodyMonths"),
                tuple("ORD-2", "order.parent"),
                tuple("ORD-2", "order.endDate"));
    }
}
