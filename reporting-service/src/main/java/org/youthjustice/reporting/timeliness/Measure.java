package org.youthjustice.reporting.timeliness;

/**
 * The figures of a time limit's row (RULES.md: a time limit is due, met, met late, or overdue). A time limit counts in
 * the month of its due date; "due" counts those that apply, which end met on time, met late, overdue now (past due and
 * not met), or not yet due; those that do not apply to the child are counted apart, with their reasons.
 */
public enum Measure {
    DUE("due"),
    MET_ON_TIME("metOnTime"),
    MET_LATE("metLate"),
    OVERDUE("overdue"),
    NOT_YET_DUE("notYetDue"),
    NOT_APPLICABLE("notApplicable");

    /** The outcomes of the time limits due: together they make DUE. */
    public static final Measure[] OUTCOMES = { MET_ON_TIME, MET_LATE, OVERDUE, NOT_YET_DUE };

    private final String field;

    Measure(String field) {
        this.field = field;
    }

    /** The name in the JSON answer, the CSV header and the list of suppressed figures. */
    public String field() {
        return field;
    }
}
