package org.youthjustice.console.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/** Reading what a form's fields hold, as people type it: a GOV.UK date input's three boxes, a time such as 9:30. */
public final class FormValues {
    private FormValues() {
    }

    /** The date of a date input's day, month and year, or null when they are not a real date (or are empty). */
    public static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            return null;
        }
    }

    /** A time as hours and minutes (9:30, 14:30), seconds allowed; null when it is not one (or is empty). */
    public static LocalTime time(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            return LocalTime.parse(text.indexOf(':') == 1 ? "0" + text : text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
