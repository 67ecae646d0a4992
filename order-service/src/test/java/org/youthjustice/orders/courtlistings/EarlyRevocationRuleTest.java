package org.youthjustice.orders.courtlistings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.orders.assessment.Assessment;
import org.youthjustice.orders.courtlistings.EarlyRevocationRule.Criterion;
import org.youthjustice.orders.courtlistings.EarlyRevocationRule.Eligibility;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.problem.Violation;

class EarlyRevocationRuleTest {
    private static final LocalDate SENTENCED = LocalDate.of(2026, 1, 5);
    /** A year's order from 5 January 2026 to 5 January 2027: 365 days, mid-point 182 days in, 6 July 2026. */
    private static final LocalDate MID_POINT = LocalDate.of(2026, 7, 6);

    private static CourtOrder order() {
        CourtOrder order = new CourtOrder();
        order.id = UUID.randomUUID();
        order.startDate = SENTENCED;
        order.endDate = SENTENCED.plusYears(1);
        order.status = CourtOrder.Status.MADE;
        return order;
    }

    private static Optional<Assessment> assessed(RiskLevel rosh, RiskLevel saw) {
        Assessment assessment = new Assessment();
        assessment.completedOn = LocalDate.of(2026, 6, 1);
        assessment.rosh = rosh;
        assessment.saw = saw;
        return Optional.of(assessment);
    }

    private static Eligibility eligibility(CourtOrder order, LocalDate today, Optional<Assessment> risk, long breaches,
            List<LocalDate> laterHearings) {
        return EarlyRevocationRule.eligibility(order, today, risk, breaches, SENTENCED, laterHearings);
    }

    private static Eligibility eligibleOn(LocalDate today) {
        return eligibility(order(), today, assessed(RiskLevel.LOW, RiskLevel.LOW), 0, List.of());
    }

    private static Criterion criterion(Eligibility eligibility, String name) {
        return eligibility.criteria().stream().filter(c -> c.criterion().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("MIL-13: an order in force past its mid-point, at low risk, complied with and without re-offending is eligible")
    void anOrderMeetingEveryCriterionIsEligible() {
        CourtOrder order = order();
        Eligibility eligibility = eligibility(order, MID_POINT, assessed(RiskLevel.LOW, RiskLevel.LOW), 0, List.of());

        assertThat(eligibility.orderId()).isEqualTo(order.id);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.criteria()).containsExactly(
                new Criterion("in-force", true, "the order is made"),
                new Criterion("after-mid-point", true, "mid-point 2026-07-06"),
                new Criterion("low-risk", true, "assessment of 2026-06-01: RoSH low, SaW low"),
                new Criterion("satisfactory-compliance", true, "no breach initiated on this order"),
                new Criterion("no-re-offending", true, "no court outcome for new offences since 2026-01-05"),
                new Criterion("plan-targets-completed", null, "confirmed by the practitioner when the decision is recorded"));
        assertThat(EarlyRevocationRule.unmet(eligibility)).isEmpty();
    }

    @Test
    @DisplayName("MIL-13: an order is eligible from its mid-point, not the day before, whatever day of the week it falls on")
    void eligibleFromTheMidPoint() {
        // the mid-point is a Monday: the weekend before it is still before it
        assertThat(eligibleOn(MID_POINT).eligible()).isTrue();
        assertThat(eligibleOn(MID_POINT.minusDays(1)).eligible()).isFalse();
        assertThat(criterion(eligibleOn(MID_POINT.minusDays(1)), "after-mid-point"))
                .isEqualTo(new Criterion("after-mid-point", false, "mid-point 2026-07-06"));
    }

    @Test
    @DisplayName("MIL-13: an order without an end date has no mid-point, so is not eligible")
    void anOrderWithoutAnEndDateIsNotEligible() {
        CourtOrder order = order();
        order.endDate = null;

        Eligibility eligibility = eligibility(order, MID_POINT, assessed(RiskLevel.LOW, RiskLevel.LOW), 0, List.of());

        assertThat(eligibility.eligible()).isFalse();
        assertThat(criterion(eligibility, "after-mid-point"))
                .isEqualTo(new Criterion("after-mid-point", false, "the order has no end date, so no mid-point"));
    }

    @Test
    @DisplayName("MIL-13: an order that has ended is not eligible")
    void anEndedOrderIsNotEligible() {
        CourtOrder order = order();
        order.status = CourtOrder.Status.REVOKED;

        assertThat(criterion(eligibility(order, MID_POINT, assessed(RiskLevel.LOW, RiskLevel.LOW), 0, List.of()), "in-force"))
                .isEqualTo(new Criterion("in-force", false, "the order is revoked"));
    }

    @Test
    @DisplayName("MIL-13: both RoSH and SaW are low at the latest assessment")
    void bothRiskLevelsAreLow() {
        assertThat(criterion(eligibility(order(), MID_POINT, assessed(RiskLevel.MEDIUM, RiskLevel.LOW), 0, List.of()), "low-risk"))
                .isEqualTo(new Criterion("low-risk", false, "assessment of 2026-06-01: RoSH medium, SaW low"));
        assertThat(criterion(eligibility(order(), MID_POINT, assessed(RiskLevel.LOW, RiskLevel.HIGH), 0, List.of()), "low-risk")
                .met()).isFalse();
        assertThat(criterion(eligibility(order(), MID_POINT, Optional.empty(), 0, List.of()), "low-risk"))
                .isEqualTo(new Criterion("low-risk", false, "no assessment recorded"));
    }

    @Test
    @DisplayName("MIL-13: compliance is satisfactory with no breach initiated on the order")
    void noBreachInitiated() {
        assertThat(criterion(eligibility(order(), MID_POINT, assessed(RiskLevel.LOW, RiskLevel.LOW), 2, List.of()),
                "satisfactory-compliance")).isEqualTo(new Criterion("satisfactory-compliance", false, "2 breach(es) initiated on this order"));
    }

    @Test
    @DisplayName("MIL-13: no court outcome for new offences since the sentence")
    void noReOffending() {
        assertThat(criterion(eligibility(order(), MID_POINT, assessed(RiskLevel.LOW, RiskLevel.LOW), 0,
                List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 11))), "no-re-offending"))
                .isEqualTo(new Criterion("no-re-offending", false, "court outcomes on [2026-03-02, 2026-05-11]"));
    }

    @Test
    @DisplayName("MIL-13: every unmet criterion refuses the decision together, with its evidence")
    void everyUnmetCriterionIsListed() {
        CourtOrder order = order();
        order.status = CourtOrder.Status.VARIED;
        Eligibility eligibility = eligibility(order, MID_POINT.minusDays(1), Optional.empty(), 1, List.of(LocalDate.of(2026, 3, 2)));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(EarlyRevocationRule.unmet(eligibility)).extracting(Violation::rule, Violation::field, Violation::message)
                .containsExactly(
                        tuple("MIL-13", "after-mid-point", "mid-point 2026-07-06"),
                        tuple("MIL-13", "low-risk", "no assessment recorded"),
                        tuple("MIL-13", "satisfactory-compliance", "1 breach(es) initiated on this order"),
                        tuple("MIL-13", "no-re-offending", "court outcomes on [2026-03-02]"));
    }
}
