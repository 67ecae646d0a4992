package org.youthjustice.kernel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit applied to a trigger: due by {@code dueAt} (for day-based limits, the end of
 * {@code dueDate} in Europe/London), recorded with the rule and the policy version that produced
 * it, so that a later change of policy never rewrites it.
 */
public record Deadline(
        String rule,
        Instant triggeredAt,
        TimeLimit limit,
        LocalDate dueDate,
        Instant dueAt,
        String policyVersion) {

    public Deadline {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(triggeredAt, "triggeredAt");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(policyVersion, "policyVersion");
    }

    /** Where the deadline stands at {@code now}, given when (if ever) the completing event happened. */
    public DeadlineStatus status(Instant now, Optional<Instant> completedAt) {
        return DeadlineStatus.of(dueAt, now, completedAt);
    }
}
