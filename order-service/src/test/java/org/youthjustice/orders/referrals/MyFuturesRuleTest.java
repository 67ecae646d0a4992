package org.youthjustice.orders.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.orders.InterventionReferralAccepted.Programme;
import org.youthjustice.orders.screening.CourtScreening;
import org.youthjustice.problem.Violation;

class MyFuturesRuleTest {
    private static CourtScreening screening() {
        CourtScreening screening = new CourtScreening();
        screening.id = UUID.randomUUID();
        screening.offerIntervention = true;
        return screening;
    }

    @Test
    @DisplayName("MIL-16: a My Futures offer follows a screen of the child's case; a specific intervention names none")
    void aMyFuturesOfferFollowsAScreen() {
        CourtScreening screening = screening();

        assertThat(MyFuturesRule.check(Programme.MY_FUTURES, screening.id, Optional.of(screening))).isEmpty();
        assertThat(MyFuturesRule.check(Programme.SPECIFIC_INTERVENTION, null, Optional.empty())).isEmpty();
    }

    @Test
    @DisplayName("MIL-16: a My Futures offer that names no screen is refused")
    void aMyFuturesOfferNamesItsScreen() {
        assertThat(MyFuturesRule.check(Programme.MY_FUTURES, null, Optional.empty())).containsExactly(Violation.ofRule("MIL-16",
                "screeningId", "a My Futures offer follows a magistrates' court screen: name it"));
    }

    @Test
    @DisplayName("MIL-16: the screen a My Futures offer names is one of this case's")
    void theScreenIsOneOfThisCases() {
        UUID elsewhere = UUID.randomUUID();

        assertThat(MyFuturesRule.check(Programme.MY_FUTURES, elsewhere, Optional.empty())).containsExactly(
                Violation.ofField("screeningId", "no screen " + elsewhere + " on this case"));
    }

    @Test
    @DisplayName("MIL-16: only a My Futures offer follows a screen")
    void onlyAMyFuturesOfferFollowsAScreen() {
        CourtScreening screening = screening();

        assertThat(MyFuturesRule.check(Programme.SPECIFIC_INTERVENTION, screening.id, Optional.of(screening))).containsExactly(
                Violation.ofField("screeningId", "only a My Futures offer follows a screen"));
    }
}
