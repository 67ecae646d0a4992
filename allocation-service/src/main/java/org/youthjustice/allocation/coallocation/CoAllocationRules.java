package org.youthjustice.allocation.coallocation;

import java.util.Locale;
import java.util.Optional;
import org.youthjustice.allocation.workforce.Grade;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.problem.Violation;

/**
 * ALC-6 (Nottinghamshire policy §5) as decisions: a case re-assessed high or very high RoSH or SaW while its
 * case manager is a Band A worker or YJSO needs an accountable co-worker; the co-worker is a Band B worker
 * or an advanced practitioner (Band C), and a Band C co-worker brings management supervision by a team
 * manager. Pure, so that each is tested on its own; {@link CoAllocations} loads, saves and announces.
 */
public final class CoAllocationRules {
    public static final String RULE = "ALC-6";

    private CoAllocationRules() {
    }

    /** High or very high RoSH or SaW: the risk at which ALC-6 looks at who holds the case. */
    public static boolean highRisk(RiskLevel rosh, RiskLevel saw) {
        return (rosh != null && rosh.isHighOrAbove()) || (saw != null && saw.isHighOrAbove());
    }

    /** A high-risk case held by a case manager of this grade needs an accountable co-worker: Band A or YJSO. */
    public static boolean needsAccountableCoWorker(Grade caseManager) {
        return caseManager == Grade.BAND_A || caseManager == Grade.YJSO;
    }

    /** Why the co-allocation is raised, as the managers read it. */
    public static String reason(RiskLevel rosh, RiskLevel saw, Grade caseManager) {
        return "re-assessed RoSH " + name(rosh) + ", SaW " + name(saw) + " while held by a " + caseManager.wireName()
                + " case manager: co-allocate a Band B worker or advanced practitioner (" + RULE + ")";
    }

    /** The co-worker is a Band B worker or an advanced practitioner (Band C); otherwise the violation, on {@code workerId}. */
    public static Optional<Violation> coWorker(Grade grade) {
        if (grade == Grade.BAND_B || grade == Grade.BAND_C) {
            return Optional.empty();
        }
        return Optional.of(Violation.ofRule(RULE, "workerId", "a co-worker for a high-risk case is a Band B worker or an "
                + "advanced practitioner (Band C); this is " + grade.wireName()));
    }

    /** A Band C co-worker (an advanced practitioner) brings management supervision by a team manager. */
    public static boolean managementSupervision(Grade coWorker) {
        return coWorker == Grade.BAND_C;
    }

    private static String name(RiskLevel level) {
        return level == null ? "not assessed" : level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
