package org.youthjustice.orders.referrals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.InterventionReferralAccepted.Programme;
import org.youthjustice.orders.screening.CourtScreening;
import org.youthjustice.problem.Violation;

/**
 * A My Futures offer follows a magistrates' court screen (MIL-16, Nottinghamshire §10): it names a screen
 * of the child's case, and only a My Futures offer names one.
 */
public final class MyFuturesRule {
    private MyFuturesRule() {
    }

    /**
     * MIL-16: what is wrong with the screen a referral names, if anything.
     *
     * @param screeningId the screen the referral names, if any
     * @param screening that screen as found on the child's case; empty when it is not found there (or none is named)
     */
    public static List<Violation> check(Programme programme, UUID screeningId, Optional<CourtScreening> screening) {
        if (programme == Programme.MY_FUTURES) {
            if (screeningId == null) {
                return List.of(Violation.ofRule("MIL-16", "screeningId", "a My Futures offer follows a magistrates' court screen: name it"));
            }
            if (screening.isEmpty()) {
                return List.of(Violation.ofField("screeningId", "no screen " + screeningId + " on this case"));
            }
        } else if (screeningId != null) {
            return List.of(Violation.ofField("screeningId", "only a My Futures offer follows a screen"));
        }
        return List.of();
    }
}
