package org.youthjustice.orders.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.problem.Violation;

class CourtScreeningRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Violation NOTHING_TO_SCREEN = Violation.ofRule("MIL-16", "caseId",
            "the child is not awaiting an adjourned magistrates' court hearing: nothing to screen");

    private static Optional<Hearing> latest(boolean crownCourt, LocalDate nextHearingDate) {
        Hearing hearing = new Hearing();
        hearing.hearingDate = TODAY.minusWeeks(1);
        hearing.crownCourt = crownCourt;
        hearing.nextHearingDate = nextHearingDate;
        return Optional.of(hearing);
    }

    @Test
    @DisplayName("MIL-16: a child whose latest hearing was at a magistrates' court, adjourned to a day to come, is screened")
    void aMagistratesCourtAdjournmentToComeIsScreened() {
        assertThat(CourtScreeningRule.check(latest(false, TODAY.plusWeeks(8)), TODAY)).isEmpty();
        assertThat(CourtScreeningRule.check(latest(false, TODAY), TODAY)).as("the next hearing is today").isEmpty();
    }

    @Test
    @DisplayName("MIL-16: nothing to screen without a hearing, after the Crown Court, without a next hearing, or once it has passed")
    void otherwiseThereIsNothingToScreen() {
        assertThat(CourtScreeningRule.check(Optional.empty(), TODAY)).containsExactly(NOTHING_TO_SCREEN);
        assertThat(CourtScreeningRule.check(latest(true, TODAY.plusWeeks(8)), TODAY)).containsExactly(NOTHING_TO_SCREEN);
        assertThat(CourtScreeningRule.check(latest(false, null), TODAY)).containsExactly(NOTHING_TO_SCREEN);
        assertThat(CourtScreeningRule.check(latest(false, TODAY.minusDays(1)), TODAY)).containsExactly(NOTHING_TO_SCREEN);
    }
}
