package org.youthjustice.kernel.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The library's calendar with an operator's file laid over it: for each year the file lists, the
 * file's dates replace the library's, so a newly announced, moved or cancelled holiday is one edit of
 * a file and no release. Years the file does not list come from the library.
 */
public final class OverriddenBankHolidays implements BankHolidays {
    private final BankHolidays base;
    private final Map<Integer, Map<LocalDate, String>> overrides;

    public OverriddenBankHolidays(BankHolidays base, Map<Integer, Map<LocalDate, String>> overrides) {
        this.base = base;
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public Map<LocalDate, String> named(int year) {
        Map<LocalDate, String> listed = overrides.get(year);
        return listed != null ? listed : base.named(year);
    }
}
