package org.youthjustice.kernel.paging;

import java.util.ArrayList;
import java.util.List;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;

/**
 * Which part of a list the caller asks for: {@code offset} (0 by default) and {@code limit} (the list's default, at
 * most its maximum), as given in the query string. Parsed here rather than bound as integers so that a value that is
 * not a number gets the same 400 problem, with its field, as one out of range (JAX-RS answers 404 to an unparsable
 * integer parameter).
 */
public record PageRequest(int offset, int limit) {

    /** The largest offset accepted: deeper pages are for exports, not lists people read. */
    public static final int MAX_OFFSET = 100_000;

    public static PageRequest of(String offset, String limit, int defaultLimit, int maxLimit) {
        return of(offset, limit, defaultLimit, maxLimit, new ArrayList<>());
    }

    /**
     * The page asked for, read beside a list's other criteria: bad paging values join {@code violations} (those the
     * caller found in the other criteria), and if any is bad, one 400 problem lists them all.
     */
    public static PageRequest of(String offset, String limit, int defaultLimit, int maxLimit, List<Violation> violations) {
        int parsedOffset = parse(offset, 0, 0, MAX_OFFSET, "offset", violations);
        int parsedLimit = parse(limit, defaultLimit, 1, maxLimit, "limit", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new PageRequest(parsedOffset, parsedLimit);
    }

    private static int parse(String value, int absent, int min, int max, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        violations.add(Violation.ofField(field, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
