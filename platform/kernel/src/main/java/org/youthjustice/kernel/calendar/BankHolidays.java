package org.youthjustice.kernel.calendar;

import java.time.LocalDate;
import java.util.Set;

/** Where bank holiday dates come from. */
@FunctionalInterface
public interface BankHolidays {
    /** The observed bank holidays of {@code year} (substitute days included, nominal dates excluded). */
    Set<LocalDate> of(int year);
}
