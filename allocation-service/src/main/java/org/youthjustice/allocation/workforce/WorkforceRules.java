package org.youthjustice.allocation.workforce;

import java.util.Optional;
import org.youthjustice.problem.Violation;

/**
 * ALC-2 (Nottinghamshire policy §2.1) as a refusal: a worker who is away, with no return within the authority's
 * imminent-return limit, is not given work starting that day, whether as case manager, student, co-worker or
 * leave cover. {@link Availability} decides whether they are away; {@link Workforce} reads their absences and
 * the policy's limit.
 */
public final class WorkforceRules {
    public static final String RULE = "ALC-2";

    private WorkforceRules() {
    }

    /** ALC-2: a worker of this availability takes the work; otherwise the violation, naming {@code field}, with why. */
    public static Optional<Violation> available(Availability availability, String field) {
        return availability.allocatable() ? Optional.empty() : Optional.of(Violation.ofRule(RULE, field, availability.reason()));
    }
}
