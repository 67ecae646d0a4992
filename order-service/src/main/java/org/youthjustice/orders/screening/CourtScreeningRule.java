package org.youthjustice.orders.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.problem.Violation;

/**
 * What the court lead screens (MIL-16, Nottinghamshire §10): a child whose latest hearing was at a
 * magistrates' court, not the Crown Court, and adjourned to a date still to come. What the screen then
 * decides is {@link MagistratesCourtScreen}.
 */
public final class CourtScreeningRule {
    private CourtScreeningRule() {
    }

    /**
     * MIL-16: the case's latest hearing is a magistrates' court hearing adjourned to {@code today} or later;
     * none means there is nothing to screen.
     */
    public static List<Violation> check(Optional<Hearing> latestHearing, LocalDate today) {
        if (latestHearing.filter(hearing -> awaitsAdjournedMagistratesHearing(hearing, today)).isPresent()) {
            return List.of();
        }
        return List.of(Violation.ofRule("MIL-16", "caseId",
                "the child is not awaiting an adjourned magistrates' court hearing: nothing to screen"));
    }

    /** True for a magistrates' court hearing adjourned to a day not yet past on {@code today}. */
    static boolean awaitsAdjournedMagistratesHearing(Hearing hearing, LocalDate today) {
        return !hearing.crownCourt && hearing.nextHearingDate != null && !hearing.nextHearingDate.isBefore(today);
    }
}
