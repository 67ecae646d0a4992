package org.youthjustice.reporting.timeliness;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The figures of a time limit's row (RULES.md: a time limit is due, met, met late, or overdue). A time limit counts in
 * the month of its due date; "due" counts those that apply, which end met on time, met late, overdue now (past due and
 * not met), or not yet due; those that do not apply to the child are counted apart, with their reasons.
 *
 * <p>Each figure's SQL condition on a {@code time_limit} row is written here once: the figures count by it, the
 * drill-down filters by it, and a time limit's status is the outcome whose condition it meets ({@link #STATUS_SQL}).
 * A condition may name {@code :now}, the moment "overdue" is judged against.
 */
public enum Measure {
    DUE("due", null, "not_applicable_reason is null"),
    MET_ON_TIME("metOnTime", "met-on-time", "on_time"),
    MET_LATE("metLate", "met-late", "on_time = false"),
    OVERDUE("overdue", "overdue", "met_at is null and not_applicable_reason is null and due_at < :now"),
    NOT_YET_DUE("notYetDue", "not-yet-due", "met_at is null and not_applicable_reason is null and due_at >= :now"),
    NOT_APPLICABLE("notApplicable", "not-applicable", "not_applicable_reason is not null");

    /** The outcomes of the time limits due: together they make DUE. */
    public static final Measure[] OUTCOMES = { MET_ON_TIME, MET_LATE, OVERDUE, NOT_YET_DUE };

    /** A time limit's status as SQL: the one outcome (or not applicable) whose condition its row meets. */
    public static final String STATUS_SQL = Arrays.stream(values()).filter(m -> m.status != null)
            .map(m -> "when " + m.condition + " then '" + m.status + "'")
            .collect(Collectors.joining(" ", "case ", " end"));

    private final String field;
    private final String status;
    private final String condition;

    Measure(String field, String status, String condition) {
        this.field = field;
        this.status = status;
        this.condition = condition;
    }

    /** The name in the JSON answer, the CSV header and the list of suppressed figures. */
    public String field() {
        return field;
    }

    /** The status a time limit of this outcome has (met-on-time, …, not-applicable); null for DUE, which is no outcome. */
    public String status() {
        return status;
    }

    /** The SQL condition on a {@code time_limit} row that puts it in this figure. */
    public String condition() {
        return condition;
    }

    /** The outcome a status names, as the drill-down and the inspection evidence name them. */
    public static Optional<Measure> ofStatus(String status) {
        return Arrays.stream(values()).filter(m -> m.status != null && m.status.equals(status)).findFirst();
    }
}
