package org.youthjustice.kernel.database;

import java.sql.SQLException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, failing over, no connection to
 * be had) from a failure of the work itself. The difference decides what happens next: a request gets 503
 * and may be sent again, a consumed event waits and is applied once the database is back (never
 * dead-lettered for it: nothing is wrong with the event), whereas a failure of the work is a 500 or a
 * dead letter.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or one of its causes, says the database could not be reached. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            // class 08: connection exception; 57P01-03: the server is shutting down, crashed or not yet accepting
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // the pool gave up waiting for a connection it could not open
        return sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout");
    }
}
