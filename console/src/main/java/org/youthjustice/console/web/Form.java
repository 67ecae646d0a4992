package org.youthjustice.console.web;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A posted form as typed, for reading into a service's request and for showing again with its errors: a page names
 * its fields once, in its template, instead of in a class of fields as well.
 */
public final class Form {
    private final MultivaluedMap<String, String> fields;

    public Form(MultivaluedMap<String, String> fields) {
        this.fields = fields == null ? new MultivaluedHashMap<>() : fields;
    }

    /** An empty form, for the page's first showing. */
    public static Form blank() {
        return new Form(null);
    }

    /** The field's value as typed, or "" when it was not sent. */
    public String value(String field) {
        String value = fields.getFirst(field);
        return value == null ? "" : value;
    }

    /** The field's value trimmed, or null when blank: what a service is sent for a value left out. */
    public String given(String field) {
        String value = value(field).trim();
        return value.isEmpty() ? null : value;
    }

    /** A text area's lines that hold something, each trimmed: one reason, one attendee, per line. */
    public List<String> lines(String field) {
        return Arrays.stream(value(field).split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The date of a GOV.UK date input named {@code field} (its {@code -day}, {@code -month} and {@code -year} boxes), or
     * null; when it is required and empty, or not a real date, {@code errors} says so against the field.
     */
    public LocalDate date(String field, String what, boolean required, FieldErrors errors) {
        String day = value(field + "-day");
        String month = value(field + "-month");
        String year = value(field + "-year");
        LocalDate date = FormValues.date(day, month, year);
        boolean empty = FormValues.blank(day) && FormValues.blank(month) && FormValues.blank(year);
        if (date == null && (required || !empty)) {
            errors.add(field, null, empty ? "Enter " + what : Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a real date");
        }
        return date;
    }

    public String csrfToken() {
        return value(Protections.CSRF_FIELD);
    }
}
