package org.youthjustice.kernel.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;

/**
 * Turns a time limit and a trigger instant into a deadline, in Europe/London. Hours run from
 * the trigger instant; days, working days, weeks and months run from the trigger's London date and
 * are due by the end of the resulting day. Months end on the same day of the month, or the month's
 * last day where it has no such day (31 January + 1 month = 28 or 29 February).
 */
public final class DeadlineCalculator {
    public static final ZoneId LONDON = Moments.UK;

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Deadline deadline(String rule, TimeLimit limit, Instant trigger, String policyVersion) {
        if (limit.unit() == TimeUnitKind.HOURS) {
            Instant dueAt = trigger.plusSeconds(3600L * limit.amount());
            return new Deadline(rule, trigger, limit, dueAt.atZone(LONDON).toLocalDate(), dueAt, policyVersion);
        }
        LocalDate start = trigger.atZone(LONDON).toLocalDate();
        LocalDate dueDate = switch (limit.unit()) {
            case DAYS -> start.plusDays(limit.amount());
            case WORKING_DAYS -> calendar.addWorkingDays(start, limit.amount());
            case WEEKS -> start.plusWeeks(limit.amount());
            case MONTHS -> start.plusMonths(limit.amount());
            case HOURS -> throw new IllegalStateException("handled above");
        };
        return new Deadline(rule, trigger, limit, dueDate, endOfDay(dueDate), policyVersion);
    }

    /** The deadline of a rule under a policy: the policy gives the limit and its version. */
    public Deadline deadline(Policy policy, String key, Instant trigger) {
        return deadline(key, policy.limit(key), trigger, policy.version());
    }

    /**
     * A deadline that falls a time limit <em>before</em> a date rather than after a trigger: "arranged at
     * least 2 weeks before the final session". Due by the end of the day that is {@code limit} before
     * {@code reference} (hours: that many hours before the start of {@code reference}); triggered at
     * {@code triggeredAt}, when the obligation arose.
     */
    public Deadline deadlineBefore(Policy policy, String key, LocalDate reference, Instant triggeredAt) {
        TimeLimit limit = policy.limit(key);
        if (limit.unit() == TimeUnitKind.HOURS) {
            Instant dueAt = reference.atStartOfDay(LONDON).toInstant().minusSeconds(3600L * limit.amount());
            return new Deadline(key, triggeredAt, limit, dueAt.atZone(LONDON).toLocalDate(), dueAt, policy.version());
        }
        LocalDate dueDate = switch (limit.unit()) {
            case DAYS -> reference.minusDays(limit.amount());
            case WORKING_DAYS -> calendar.subtractWorkingDays(reference, limit.amount());
            case WEEKS -> reference.minusWeeks(limit.amount());
            case MONTHS -> reference.minusMonths(limit.amount());
            case HOURS -> throw new IllegalStateException("handled above");
        };
        return new Deadline(key, triggeredAt, limit, dueDate, endOfDay(dueDate), policy.version());
    }

    /**
     * The last instant of {@code date} in London, to the microsecond: PostgreSQL keeps microseconds, so a stored
     * deadline reads back as the same instant (one nanosecond before midnight would round up to the next day).
     */
    static Instant endOfDay(LocalDate date) {
        return ZonedDateTime.of(date.plusDays(1).atStartOfDay(), LONDON).toInstant().minusNanos(1_000);
    }
}
