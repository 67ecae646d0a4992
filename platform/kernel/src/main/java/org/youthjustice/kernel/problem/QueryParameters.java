package org.youthjustice.kernel.problem;

import java.util.List;
import java.util.function.Function;
import org.youthjustice.problem.Violation;

/** Reads optional query parameters, collecting every invalid one so that a 400 lists them all. */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** The parsed value, or null when absent; an unparseable value adds a violation for {@code field}. */
    public static <T> T parse(String value, String field, List<Violation> violations, Function<String, T> parser,
            String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            violations.add(Violation.ofField(field, "must be " + expected + ", not '" + value + "'"));
            return null;
        }
    }
}
