package org.youthjustice.orders.courtlistings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.orders.assessment.Assessment;
import org.youthjustice.orders.sentencing.CourtOrder;
import org.youthjustice.problem.Violation;

/**
 * Early revocation's eligibility (MIL-13, Wokingham YRO guidance): the order in force and past its
 * mid-point, low risk, satisfactory compliance and no re-offending, and the plan's targets completed (which
 * the practitioner confirms: the platform does not hold the targets). Each criterion carries its evidence;
 * every unmet one refuses the decision together.
 */
public final class EarlyRevocationRule {
    private EarlyRevocationRule() {
    }

    /** One criterion: met, unmet, or (null) for the practitioner to confirm; with its evidence. */
    public record Criterion(String criterion, Boolean met, String evidence) {
    }

    public record Eligibility(UUID orderId, boolean eligible, List<Criterion> criteria) {
    }

    /**
     * MIL-13: each criterion, met or not, on {@code today}.
     *
     * @param latestAssessment the case's latest assessment, if any: its RoSH and SaW
     * @param breaches how many breaches were initiated on the order
     * @param sentenced the date of the hearing that made the order
     * @param laterHearings the dates of the case's hearings after {@code sentenced} that were not about this order
     */
    public static Eligibility eligibility(CourtOrder order, LocalDate today, Optional<Assessment> latestAssessment, long breaches,
            LocalDate sentenced, List<LocalDate> laterHearings) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion("in-force", order.inForce(), "the order is " + order.status.name().toLowerCase()));
        if (order.endDate == null) {
            criteria.add(new Criterion("after-mid-point", false, "the order has no end date, so no mid-point"));
        } else {
            LocalDate midPoint = order.startDate.plusDays(ChronoUnit.DAYS.between(order.startDate, order.endDate) / 2);
            criteria.add(new Criterion("after-mid-point", !today.isBefore(midPoint), "mid-point " + midPoint));
        }
        criteria.add(new Criterion("low-risk", latestAssessment.map(a -> a.rosh == RiskLevel.LOW && a.saw == RiskLevel.LOW).orElse(false),
                latestAssessment.map(a -> "assessment of " + a.completedOn + ": RoSH " + a.rosh.name().toLowerCase() + ", SaW "
                        + a.saw.name().toLowerCase()).orElse("no assessment recorded")));
        criteria.add(new Criterion("satisfactory-compliance", breaches == 0,
                breaches == 0 ? "no breach initiated on this order" : breaches + " breach(es) initiated on this order"));
        criteria.add(new Criterion("no-re-offending", laterHearings.isEmpty(),
                laterHearings.isEmpty() ? "no court outcome for new offences since " + sentenced : "court outcomes on " + laterHearings));
        criteria.add(new Criterion("plan-targets-completed", null, "confirmed by the practitioner when the decision is recorded"));
        boolean eligible = criteria.stream().allMatch(c -> c.met() == null || c.met());
        return new Eligibility(order.id, eligible, criteria);
    }

    /** MIL-13: every unmet criterion, with its evidence; none means early revocation may be agreed. */
    public static List<Violation> unmet(Eligibility eligibility) {
        return eligibility.criteria().stream().filter(c -> Boolean.FALSE.equals(c.met()))
                .map(c -> Violation.ofRule("MIL-13", c.criterion(), c.evidence())).toList();
    }
}
