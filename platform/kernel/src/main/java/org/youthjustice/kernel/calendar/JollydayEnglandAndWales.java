package org.youthjustice.kernel.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * England and Wales bank holidays from the jollyday library: the GB calendar with its {@code eng}
 * subdivision (without it Easter Monday and the summer bank holiday are missing, as they differ in
 * Scotland). {@link Holiday#getDate()} is the observed date after substitution.
 */
public final class JollydayEnglandAndWales implements BankHolidays {
    private static final String ENGLAND = "eng";
    private final HolidayManager manager =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    @Override
    public Map<LocalDate, String> named(int year) {
        return byYear.computeIfAbsent(year, y -> manager.getHolidays(Year.of(y), ENGLAND).stream()
                .collect(Collectors.toUnmodifiableMap(Holiday::getDate, holiday -> holiday.getDescription(Locale.UK),
                        // two holidays observed on one day (never yet in England and Wales): both names
                        (one, other) -> one + " and " + other)));
    }
}
