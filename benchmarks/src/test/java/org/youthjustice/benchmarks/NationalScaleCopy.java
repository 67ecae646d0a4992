package org.youthjustice.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows streamed into PostgreSQL with {@code COPY ... FROM STDIN} (text format): rows are written as they
 * are generated, a megabyte at a time, so that ten million milestones never sit in memory at once.
 */
final class NationalScaleCopy implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    NationalScaleCopy(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    /** One row, its values in the order of the columns: null is SQL null, arrays of ids are written as {a,b}. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof Boolean b) {
                buffer.append(b ? 't' : 'f');
            } else if (value instanceof UUID[] ids) {
                buffer.append('{');
                for (int j = 0; j < ids.length; j++) {
                    buffer.append(j == 0 ? "" : ",").append(ids[j]);
                }
                buffer.append('}');
            } else if (value instanceof Instant instant) {
                buffer.append(instant); // ISO-8601 in UTC, which timestamptz reads as it is
            } else {
                // the generated values hold no tab, newline or backslash: written as they are
                buffer.append(value);
            }
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            flush();
            copy.endCopy();
        }
    }
}
