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

    /** What {@code fieldOf} answers for a service's field that the form's own errors already cover: not said twice. */
    public static final String REPORTED = "reported";

    /**
     * A service's refusal, each violation against the form's field: {@code fieldOf} maps the API's field to the form's
     * (null for none of them, {@link #REPORTED} for one already said); a value left out is asked for as {@code asks}
     * words it for that field, any other violation says the service's message, with its rule.
     */
    public void addRefusal(List<org.youthjustice.console.api.Api.Violation> violations,
            java.util.function.Function<String, String> fieldOf, java.util.Map<String, String> asks) {
        for (org.youthjustice.console.api.Api.Violation violation : violations) {
            String field = violation.field() == null ? null : fieldOf.apply(violation.field());
            if (!REPORTED.equals(field)) {
                add(field, violation.rule(), violation.missing() && field != null && asks.containsKey(field) ? asks.get(field)
                        : violation.message());
            }
        }
    }

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
