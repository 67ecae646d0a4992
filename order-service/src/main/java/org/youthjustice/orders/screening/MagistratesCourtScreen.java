package org.youthjustice.orders.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The magistrates' court tracking screen (MIL-16, Nottinghamshire Appendix C): offer a My Futures
 * intervention when (the adjournment is longer than 6 weeks OR the offence indicates a risk to others)
 * AND no other agency is involved. The decision carries every answer that made it.
 */
public final class MagistratesCourtScreen {
    private MagistratesCourtScreen() {
    }

    /** Whether to offer an intervention, and why. */
    public record Decision(boolean offerIntervention, List<String> reasons) {
    }

    /**
     * @param hearing the hearing that adjourned the case
     * @param nextHearing the date it was adjourned to
     * @param longWaitAfter the last day of a wait that is not yet "more than 6 weeks" (the authority's policy)
     */
    public static Decision decide(LocalDate hearing, LocalDate nextHearing, LocalDate longWaitAfter,
            boolean offenceIndicatesRiskToOthers, boolean otherAgenciesInvolved) {
        List<String> reasons = new ArrayList<>();
        boolean longWait = nextHearing.isAfter(longWaitAfter);
        reasons.add((longWait ? "adjourned for more than 6 weeks" : "adjourned for 6 weeks or less") + ": " + hearing + " to "
                + nextHearing);
        reasons.add(offenceIndicatesRiskToOthers ? "the offence indicates a risk to others"
                : "the offence does not indicate a risk to others");
        reasons.add(otherAgenciesInvolved ? "another agency is involved" : "no other agency is involved");
        boolean offer = (longWait || offenceIndicatesRiskToOthers) && !otherAgenciesInvolved;
        return new Decision(offer, reasons);
    }
}
