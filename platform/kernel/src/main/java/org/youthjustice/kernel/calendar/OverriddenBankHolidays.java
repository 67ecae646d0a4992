package org.youthjustice.kernel.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The library's calendar with an operator's file laid over it: for each year the file lists, the
 * file's dates replace the library's, so a newly announced, moved or cancelled holiday is one edit of
 * a file and no release. Years the file does not list come from the library.
 */
public final class OverriddenBankHolidays implements BankHolidays {
    private final BankHolidays base;
    private final Map<Integer, Set<LocalDate>> overrides;

    public OverriddenBankHolidays(BankHolidays base, Map<Integer, Set<LocalDate>> overrides) {
        this.base = base;
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public Set<LocalDate> of(int year) {
        Set<LocalDate> listed = overrides.get(year);
        return listed != null ? listed : base.of(year);
    }
}
