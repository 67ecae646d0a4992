package org.youthjustice.kernel.policy;

import java.time.Instant;
import java.util.Optional;

/** Where a time limit stands (RULES.md conventions). */
public enum DeadlineStatus {
    /** Not done yet, and not yet past due. */
    DUE,
    /** Done by the due time. */
    MET,
    /** Done, after the due time. */
    MET_LATE,
    /** Not done, and past due. */
    OVERDUE;

    /** Where a time limit due at {@code dueAt} stands at {@code now}, given when (if ever) it was done. */
    public static DeadlineStatus of(Instant dueAt, Instant now, Optional<Instant> completedAt) {
        if (completedAt.isPresent()) {
            return completedAt.get().isAfter(dueAt) ? MET_LATE : MET;
        }
        return now.isAfter(dueAt) ? OVERDUE : DUE;
    }

    /** As the APIs write it: {@code due}, {@code met}, {@code met-late}, {@code overdue}. */
    public String wireName() {
        return name().toLowerCase().replace('_', '-');
    }
}
