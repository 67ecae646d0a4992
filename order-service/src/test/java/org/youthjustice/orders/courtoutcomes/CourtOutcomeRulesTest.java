package org.youthjustice.orders.courtoutcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.orders.sentencing.OrderLifecycle;
import org.youthjustice.orders.sentencing.RequirementTerms;
import org.youthjustice.orders.sentencing.RequirementType;
import org.youthjustice.orders.sentencing.Sentences;
import org.youthjustice.orders.sentencing.Sentencing;
import org.youthjustice.problem.Violation;

class CourtOutcomeRulesTest {
    private static final LocalDate HEARING = LocalDate.of(2026, 11, 23);

    /** For an outcome whose order change must not be checked. */
    private static final Supplier<List<Violation>> NOT_ASKED = () -> {
        throw new AssertionError("the order change's rules are not asked");
    };

    private static final OrderLifecycle.OrderChangeEntry CHANGE =
            new OrderLifecycle.OrderChangeEntry(UUID.randomUUID(), "re-sentenced", null, null, null);

    private static Sentences.OrderEntry youthRehabilitationOrder(RequirementTerms... requirements) {
        return new Sentences.OrderEntry(OrderType.YOUTH_REHABILITATION_ORDER, HEARING, HEARING.plusYears(1), List.of(requirements), true,
                false, null, null, null, null);
    }

    private static CourtOutcomeSubmission submission(LocalDate dateOfBirth, CourtOutcome outcome, Sentences.OrderEntry order,
            OrderLifecycle.OrderChangeEntry orderChange, LocalDate nextHearingDate, boolean imprisonable) {
        return new CourtOutcomeSubmission(new CourtOutcomeSubmission.Court("Reading Youth Court", "Reading", false, false, true),
                "REF-1", HEARING, outcome,
                new CourtOutcomeSubmission.Child("Alex", "Doe", dateOfBirth, "male", null, false, null, null, null),
                List.of(new CourtOutcomeSubmission.OffenceEntry("theft", imprisonable)), order, orderChange, nextHearingDate);
    }

    private static CourtOutcomeSubmission sentenced(Sentences.OrderEntry order) {
        return submission(HEARING.minusYears(16), CourtOutcome.SENTENCED, order, null, null, true);
    }

    private static CourtOutcomeSubmission outcome(CourtOutcome outcome, OrderLifecycle.OrderChangeEntry orderChange) {
        return submission(HEARING.minusYears(16), outcome, null, orderChange, null, true);
    }

    @Test
    @DisplayName("ORD-1: a sentenced outcome carrying a valid order, or an adjournment carrying none, may be recorded")
    void aSentenceWithItsOrderMayBeRecorded() {
        assertThat(CourtOutcomeRules.check(sentenced(youthRehabilitationOrder(RequirementTerms.of(RequirementType.SUPERVISION))),
                NOT_ASKED)).isEmpty();
        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(16), CourtOutcome.ADJOURNED_FOR_PSR, null, null,
                HEARING.plusWeeks(3), false), NOT_ASKED)).isEmpty();
    }

    @Test
    @DisplayName("ORD-1: a sentenced outcome carries the order the court made, and only a sentenced outcome carries one")
    void onlyASentencedOutcomeCarriesAnOrder() {
        assertThat(CourtOutcomeRules.check(sentenced(null), NOT_ASKED)).containsExactly(
                Violation.ofRule("ORD-1", "order", "a sentenced outcome carries the order the court made"));
        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(16), CourtOutcome.REMANDED,
                youthRehabilitationOrder(RequirementTerms.of(RequirementType.SUPERVISION)), null, null, true), NOT_ASKED))
                .containsExactly(Violation.ofRule("ORD-1", "order", "only a sentenced outcome carries an order"));
    }

    @Test
    @DisplayName("X-5: only a child of 10 to 17 at the hearing is dealt with; the order is not checked for one who is not")
    void onlyAChildOf10To17IsDealtWith() {
        Sentences.OrderEntry unpaidWorkAtNine = youthRehabilitationOrder(RequirementTerms.hours(RequirementType.UNPAID_WORK, 100));

        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(10).plusDays(1), CourtOutcome.SENTENCED, unpaidWorkAtNine,
                null, null, true), NOT_ASKED)).extracting(Violation::rule, Violation::field)
                .containsExactly(tuple("X-5", "child.dateOfBirth"));
        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(18), CourtOutcome.ADJOURNED_FOR_PSR, null, null, null, true),
                NOT_ASKED)).extracting(Violation::rule).containsExactly("X-5");
        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(18).plusDays(1), CourtOutcome.ADJOURNED_FOR_PSR, null, null,
                null, true), NOT_ASKED)).isEmpty();
    }

    @Test
    @DisplayName("ORD-12: the order is checked with the hearing as the finding of guilt and any imprisonable offence counting")
    void theOrderIsCheckedAtTheHearing() {
        Sentences.OrderEntry fostering = youthRehabilitationOrder(RequirementTerms.months(RequirementType.FOSTERING, 6));

        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(16), CourtOutcome.SENTENCED, fostering, null, null, true),
                NOT_ASKED)).isEmpty();
        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(16), CourtOutcome.SENTENCED, fostering, null, null, false),
                NOT_ASKED)).containsExactly(Violation.ofRule("ORD-12", "order.requirements[0].type",
                        "fostering needs an imprisonable offence"));
        assertThat(CourtOutcomeRules.sentencing(submission(HEARING.minusYears(16), CourtOutcome.SENTENCED, fostering, null, null, true)))
                .isEqualTo(new Sentencing(HEARING.minusYears(16), HEARING, true, true, false));
    }

    @ParameterizedTest(name = "ORD-1: a {0} outcome names the order it changes, and its change is checked")
    @EnumSource(value = CourtOutcome.class, names = { "VARIED", "REVOKED", "BREACH_FOUND" })
    @DisplayName("ORD-1: a variation, revocation or breach finding names the order it changes, and its change is checked")
    void aChangeOfAnOrderNamesTheOrder(CourtOutcome outcome) {
        Violation changeRefused = Violation.ofRule("ORD-1", "orderChange.orderId", "the order has ended (completed on 2026-11-01)");

        assertThat(CourtOutcomeRules.check(outcome(outcome, null), NOT_ASKED)).containsExactly(Violation.ofRule("ORD-1", "orderChange",
                "a " + outcome.name().toLowerCase().replace('_', '-') + " outcome names the order it is about, with the reason"));
        assertThat(CourtOutcomeRules.check(outcome(outcome, CHANGE), List::of)).isEmpty();
        assertThat(CourtOutcomeRules.check(outcome(outcome, CHANGE), () -> List.of(changeRefused))).containsExactly(changeRefused);
    }

    @ParameterizedTest(name = "ORD-1: a {0} outcome changes no order")
    @EnumSource(value = CourtOutcome.class, names = { "VARIED", "REVOKED", "BREACH_FOUND" }, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("ORD-1: only a variation, revocation or breach finding changes an order")
    void onlyAChangeOfAnOrderNamesOne(CourtOutcome outcome) {
        Sentences.OrderEntry order = outcome == CourtOutcome.SENTENCED
                ? youthRehabilitationOrder(RequirementTerms.of(RequirementType.SUPERVISION)) : null;

        assertThat(CourtOutcomeRules.check(submission(HEARING.minusYears(16), outcome, order, CHANGE, null, true), NOT_ASKED))
                .containsExactly(Violation.ofRule("ORD-1", "orderChange", "only a variation, revocation or breach finding changes an order"));
    }

    @Test
    @DisplayName("ORD-14: every violation of the outcome is listed together, in the order the rules are checked")
    void everyViolationIsListedTogether() {
        CourtOutcomeSubmission everythingWrong = submission(HEARING.minusYears(9), CourtOutcome.REVOKED,
                youthRehabilitationOrder(RequirementTerms.of(RequirementType.SUPERVISION)), null, HEARING, true);

        assertThat(CourtOutcomeRules.check(everythingWrong, NOT_ASKED)).extracting(Violation::rule, Violation::field).containsExactly(
                tuple("X-5", "child.dateOfBirth"),
                tuple("ORD-1", "order"),
                tuple(null, "nextHearingDate"),
                tuple("ORD-1", "orderChange"));
    }
}
