package org.youthjustice.compliance.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.DeadlineCalculator;

/**
 * One month of an order's contact (CMP-9, MIL-12), decided from its appointments.
 * <ul>
 * <li>CMP-9: the appointments planned in the month (scheduled, attended or missed; not those moved away or cancelled)
 * reach the minimum for the case's scaled-approach level. A month the order covers only in part needs
 * its share of the minimum, rounded up.</li>
 * <li>MIL-12: the month's appointments, up to that minimum, were scheduled by the end of its first
 * working day ("appointments for at least the month ahead scheduled at the beginning of the month").
 * Not applicable to the month an order starts after that day; still due until that day has passed.</li>
 * </ul>
 */
public final class ContactFrequency {
    private ContactFrequency() {
    }

    /** An appointment as the check needs it: when it starts, when it was booked, and whether it was attended or missed. */
    public record Planned(Instant startsAt, Instant scheduledAt, boolean attended, boolean missed) {
    }

    public enum MonthAhead {
        MET, MISSED, DUE, NOT_APPLICABLE;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public record MonthCheck(YearMonth month, int daysInForce, int minimum, int planned, int attended, int missed,
            boolean shortfall, LocalDate scheduledAheadBy, int scheduledByThen, MonthAhead monthAhead, String reason) {
    }

    /**
     * @param inForceFrom the first day of the month the order is in force
     * @param inForceTo the last day of the month the order is in force
     * @param minimumPerMonth the case's minimum for a whole month
     * @param planned the order's appointments starting in the month, not moved away or cancelled
     */
    public static MonthCheck check(YearMonth month, LocalDate inForceFrom, LocalDate inForceTo, int minimumPerMonth,
            List<Planned> planned, WorkingDayCalendar calendar, Instant now) {
        int daysInForce = (int) (inForceTo.toEpochDay() - inForceFrom.toEpochDay()) + 1;
        int minimum = (int) Math.ceil((double) minimumPerMonth * daysInForce / month.lengthOfMonth());
        int attended = (int) planned.stream().filter(Planned::attended).count();
        int missed = (int) planned.stream().filter(Planned::missed).count();
        boolean shortfall = planned.size() < minimum;

        LocalDate scheduledAheadBy = calendar.onOrNextWorkingDay(month.atDay(1));
        Instant deadline = scheduledAheadBy.plusDays(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant();
        int scheduledByThen = (int) planned.stream().filter(p -> p.scheduledAt().isBefore(deadline)).count();
        MonthAhead monthAhead;
        if (inForceFrom.isAfter(scheduledAheadBy)) {
            monthAhead = MonthAhead.NOT_APPLICABLE;
        } else if (scheduledByThen >= minimum) {
            monthAhead = MonthAhead.MET;
        } else if (now.isBefore(deadline)) {
            monthAhead = MonthAhead.DUE;
        } else {
            monthAhead = MonthAhead.MISSED;
        }
        String reason = planned.size() + " appointment" + (planned.size() == 1 ? "" : "s") + " planned against a minimum of "
                + minimum + (daysInForce < month.lengthOfMonth()
                        ? " (" + minimumPerMonth + " a month, for the " + daysInForce + " days the order is in force)" : "")
                + (shortfall ? ": short by " + (minimum - planned.size()) : "");
        return new MonthCheck(month, daysInForce, minimum, planned.size(), attended, missed, shortfall, scheduledAheadBy,
                scheduledByThen, monthAhead, reason);
    }
}
