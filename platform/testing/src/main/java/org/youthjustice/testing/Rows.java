package org.youthjustice.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Rows written and counted straight in a service's database by its tests, for what no endpoint makes or says. */
public final class Rows {
    private Rows() {
    }

    /** Runs an insert, update or delete with its positional parameters. */
    public static void update(DataSource database, String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The single number a {@code select count(*) …} answers. */
    public static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
