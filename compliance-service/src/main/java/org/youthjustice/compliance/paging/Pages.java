package org.youthjustice.compliance.paging;

import org.youthjustice.kernel.paging.PageRequest;

/** The paging sizes of the lists within one case ({@link PageRequest} reads the values). */
public final class Pages {
    /** A list within one case (its appointments, absences, letters): generous, as clients read it whole. */
    public static final int CASE_DEFAULT_LIMIT = 200;
    public static final int CASE_MAX_LIMIT = 1000;

    private Pages() {
    }
}
