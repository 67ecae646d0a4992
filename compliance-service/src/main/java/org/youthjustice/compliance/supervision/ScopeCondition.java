package org.youthjustice.compliance.supervision;

import jakarta.persistence.Query;
import org.youthjustice.kernel.tenancy.DueListScope;

/**
 * The cases a due-list scope names, as a condition on a native query's {@code supervised_case} row, for the lists that
 * page in SQL across cases (the due list, the contact shortfalls). Native SQL is outside Hibernate's tenant filter, so
 * the condition names the authority too: those lists never read or count another authority's rows.
 */
public final class ScopeCondition {
    private ScopeCondition() {
    }

    /**
     * {@code and ...} on the case aliased {@code c}: its authority is {@code :authority}; for {@code mine} it is held by
     * {@code :me} (case manager or co-worker), for {@code team} by {@code :team}.
     */
    public static String on(String c, DueListScope whose) {
        String authority = " and " + c + ".authority = :authority";
        return authority + switch (whose.kind()) {
            case MINE -> " and (" + c + ".case_manager = :me or :me = any(" + c + ".co_workers))";
            case TEAM -> " and " + c + ".team = :team";
            case AUTHORITY -> "";
        };
    }

    /** Binds the parameters {@link #on} names. */
    public static <Q extends Query> Q bind(Q query, DueListScope whose, String authority) {
        query.setParameter("authority", authority);
        if (whose.kind() == DueListScope.Kind.MINE) {
            query.setParameter("me", whose.me());
        } else if (whose.kind() == DueListScope.Kind.TEAM) {
            query.setParameter("team", whose.team());
        }
        return query;
    }
}
