package org.youthjustice.compliance.paging;

import java.util.List;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;

/**
 * Reads a list's {@code offset} and {@code limit} ({@link PageRequest}) beside the list's other query parameters, so
 * that one 400 lists every invalid one (the kernel's parser throws as soon as paging alone is wrong).
 */
public final class Pages {
    /** A list within one case (its appointments, absences, letters): generous, as clients read it whole. */
    public static final int CASE_DEFAULT_LIMIT = 200;
    public static final int CASE_MAX_LIMIT = 1000;

    private Pages() {
    }

    /** The page asked for, or null when {@code offset} or {@code limit} is invalid: each then added to {@code violations}. */
    public static PageRequest read(String offset, String limit, int defaultLimit, int maxLimit, List<Violation> violations) {
        try {
            return PageRequest.of(offset, limit, defaultLimit, maxLimit);
        } catch (ProblemException invalid) {
            violations.addAll(invalid.problem().violations());
            return null;
        }
    }
}
