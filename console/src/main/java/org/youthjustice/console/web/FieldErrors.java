package org.youthjustice.console.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's errors in the GOV.UK error summary pattern: each with the form field it belongs to (its link target) and,
 * where a platform rule was broken, the rule's id, shown with the message so that the user can look the rule up.
 */
public class FieldErrors {
    /** One error; {@code field} null when no field of the form holds the value in question. */
    public record FieldError(String field, String rule, String message) {
        public String text() {
            String sentence = message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
            return rule == null ? sentence : sentence + " (" + rule + ")";
        }

        /** Where the summary's link goes: the field's first input (a date's day, a radio group's first option). */
        public String href() {
            return field == null ? "#main-content" : "#" + field;
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String rule, String message) {
        errors.add(new FieldError(field, rule, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> all() {
        return errors;
    }

    /** The errors of one field, joined: what the field's error message shows. */
    public String of(String field) {
        return String.join(". ", errors.stream().filter(e -> field.equals(e.field())).map(FieldError::text).toList());
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }
}
