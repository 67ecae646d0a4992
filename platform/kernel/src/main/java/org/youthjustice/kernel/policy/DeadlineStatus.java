package org.youthjustice.kernel.policy;

/** Where a time limit stands (RULES.md conventions). */
public enum DeadlineStatus {
    /** Not done yet, and not yet past due. */
    DUE,
    /** Done by the due time. */
    MET,
    /** Done, after the due time. */
    MET_LATE,
    /** Not done, and past due. */
    OVERDUE
}
