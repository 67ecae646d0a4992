package org.youthjustice.console.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the console writes values, as the GOV.UK style guide asks: "3 December 2026", never 2026-12-03. Templates call
 * them as functions, {@code {fmt:date(order.endDate)}}, not as properties: a property of a null value is "not found" to
 * Qute, which fails the page, where a missing end date should print nothing.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An API value such as {@code youth-rehabilitation-order}, as words: "Youth rehabilitation order". */
    public static String words(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String spaced = value.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A month as the API writes it (2026-11), as words: "November 2026"; anything else as it is. */
    public static String month(String value) {
        if (value == null) {
            return "";
        }
        try {
            return MONTH.format(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** A moment, as the day and time it was in the UK: "30 November 2026 at 5:04pm". */
    public static String moment(Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(UK);
        return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
    }

    /** A rate from 0 to 1 as a whole percentage: 0.667 is "67%". */
    public static String percent(Double rate) {
        return rate == null ? "" : Math.round(rate * 100) + "%";
    }
}
