package org.youthjustice.kernel.database;

import java.sql.SQLException;

/**
 * What kind of database failure lies under an exception, however deeply the persistence layer and the transaction
 * manager wrapped it.
 *
 * <p>{@link #unreachable} tells a failure because the database cannot be reached (down, restarting, failing over, no connection to
 * be had) from a failure of the work itself. The difference decides what happens next: a request gets 503
 * and may be sent again, a consumed event waits and is applied once the database is back (never
 * dead-lettered for it: nothing is wrong with the event), whereas a failure of the work is a 500 or a
 * dead letter.
 */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** Whether {@code failure}, or one of its causes, says the database could not be reached. */
    public static boolean unreachable(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof org.hibernate.exception.JDBCConnectionException
                || cause instanceof java.sql.SQLTransientConnectionException
                || cause instanceof java.sql.SQLNonTransientConnectionException
                || (cause instanceof SQLException sql && connectionState(sql)));
    }

    /**
     * Whether {@code failure}, or one of its causes, says two people changed the same record at the same moment (its
     * version, or a unique index that allows one of a kind), also when it was found only at commit.
     */
    public static boolean concurrentChange(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.StaleStateException
                || cause instanceof org.hibernate.exception.ConstraintViolationException);
    }

    /**
     * Whether {@code failure} came as the transaction manager committed: the work was done, the commit was not
     * confirmed. With the connection lost then, the database may have committed it or not.
     */
    public static boolean atCommit(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof jakarta.transaction.RollbackException
                || cause instanceof jakarta.transaction.HeuristicMixedException
                || cause instanceof jakarta.transaction.HeuristicRollbackException);
    }

    /**
     * The failure, its causes and what was suppressed along the way: a commit that failed carries the resource's
     * failure (an XAException, and under it the driver's SQLException) as suppressed, not as its cause.
     */
    private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable cause = pending.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                pending.add(cause.getCause());
            }
            pending.addAll(java.util.Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean connectionState(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            // class 08: connection exception; 57P01-03: the server is shutting down, crashed or not yet accepting
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // the pool gave up waiting for a connection it could not open
        return sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout");
    }
}
