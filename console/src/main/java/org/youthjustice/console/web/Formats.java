package org.youthjustice.console.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes values, as the GOV.UK style guide asks: "3 December 2026", never 2026-12-03. Templates call
 * them as functions, {@code {fmt:date(order.endDate)}}, not as properties: a property of a null value is "not found" to
 * Qute, which fails the page, where a missing end date should print nothing.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
}
