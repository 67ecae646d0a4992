package org.youthjustice.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Working-day arithmetic: a working day is Monday to Friday and not a bank holiday in England
 * and Wales.
 */
public final class WorkingDayCalendar {
    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays);
    }

    /** The calendar of the holiday library alone, with no operator overrides. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(new JollydayEnglandAndWales());
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidays.of(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /**
     * The date {@code workingDays} working days after {@code from}: "within 3 working days" of a
     * Friday is the Wednesday after, skipping the weekend and any bank holiday. {@code from} itself
     * never counts; zero gives {@code from}.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + workingDays);
        }
        LocalDate date = from;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * The date {@code workingDays} working days before {@code to}, the mirror of {@link #addWorkingDays}:
     * "at least 2 working days before" a Tuesday is the Friday before, skipping the weekend and any
     * bank holiday. {@code to} itself never counts; zero gives {@code to}.
     */
    public LocalDate subtractWorkingDays(LocalDate to, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days to subtract must not be negative: " + workingDays);
        }
        LocalDate date = to;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * The number of working days after {@code start} up to and including {@code end}, the inverse of
     * {@link #addWorkingDays}: from a Friday to the next Monday is 1. Negative when {@code end} is
     * before {@code start}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** A day that is not a working day: a weekend day ("Saturday") or a bank holiday (its name, "Christmas"). */
    public record DayOff(LocalDate date, boolean bankHoliday, String name) {
    }

    /**
     * The days that are not working days after {@code start} and before {@code end}: what a count of working days
     * from {@code start} to {@code end} skipped ("3 working days from Friday: Saturday, Sunday and Easter Monday
     * skipped"). Empty when {@code end} is not after {@code start}.
     */
    public List<DayOff> daysOffBetween(LocalDate start, LocalDate end) {
        List<DayOff> off = new ArrayList<>();
        for (LocalDate date = start.plusDays(1); date.isBefore(end); date = date.plusDays(1)) {
            DayOfWeek day = date.getDayOfWeek();
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                off.add(new DayOff(date, false, day.getDisplayName(TextStyle.FULL, Locale.UK)));
            } else {
                String holiday = bankHolidays.named(date.getYear()).get(date);
                if (holiday != null) {
                    off.add(new DayOff(date, true, holiday));
                }
            }
        }
        return off;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
