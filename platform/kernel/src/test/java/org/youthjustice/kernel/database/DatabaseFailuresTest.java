package org.youthjustice.kernel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseFailuresTest {

    @Test
    void aLostOrRefusedConnectionIsAnOutageWhereverItIsWrapped() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE);
        SQLException shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseFailures.unreachable(new RuntimeException("wrapped", new IllegalStateException(refused)))).isTrue();
        assertThat(DatabaseFailures.unreachable(new org.hibernate.exception.JDBCConnectionException("lost", lost))).isTrue();
        assertThat(DatabaseFailures.unreachable(shuttingDown)).isTrue();
        assertThat(DatabaseFailures.unreachable(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void aConnectionLostAsTheTransactionCommitsIsAnOutageAtCommit() {
        // as Narayana reports it: the resource's failure suppressed under the failed commit, not its cause
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException resource = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        resource.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(resource);
        RuntimeException surfaced = new RuntimeException("Error invoking subclass method", commit);

        assertThat(DatabaseFailures.unreachable(surfaced)).isTrue();
        assertThat(DatabaseFailures.atCommit(surfaced)).isTrue();
        assertThat(DatabaseFailures.atCommit(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isFalse();
    }

    @Test
    void aFailureOfTheWorkItselfIsNot() {
        assertThat(DatabaseFailures.unreachable(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("effect failed"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
