package org.youthjustice.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: the rule it breaks (a RULES.md ID, where one applies), the field
 * (a JSON path into the request body, where it is about one field) and a sentence a person can act on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String rule, String field, String message) {

    public static Violation ofRule(String rule, String field, String message) {
        return new Violation(rule, field, message);
    }

    public static Violation ofField(String field, String message) {
        return new Violation(null, field, message);
    }
}
