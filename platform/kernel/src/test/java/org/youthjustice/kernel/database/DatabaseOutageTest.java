package org.youthjustice.kernel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionIsAnOutageWhereverItIsWrapped() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE);
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseOutage.causes(new RuntimeException("wrapped", new IllegalStateException(refused)))).isTrue();
        assertThat(DatabaseOutage.causes(new org.hibernate.exception.JDBCConnectionException("lost", lost))).isTrue();
        assertThat(DatabaseOutage.causes(shuttingDown)).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void aFailureOfTheWorkItselfIsNot() {
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("effect failed"))).isFalse();
        assertThat(DatabaseOutage.causes(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
