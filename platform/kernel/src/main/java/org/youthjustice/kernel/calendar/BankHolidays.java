package org.youthjustice.kernel.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Where bank holiday dates, and their names, come from. */
@FunctionalInterface
public interface BankHolidays {
    /**
     * The observed bank holidays of {@code year} (substitute days included, nominal dates excluded), each with its
     * name as its source gives it ("Christmas Day", "Coronation of King Charles III"): a deadline's explanation names
     * the holidays it skipped.
     */
    Map<LocalDate, String> named(int year);

    /** The observed bank holidays of {@code year}. */
    default Set<LocalDate> of(int year) {
        return named(year).keySet();
    }
}
