package org.youthjustice.kernel.sample;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A note whose connection to the database is cut after it was written and before its commit: what a request sees
 * when PostgreSQL goes away (killed, restarted, failed over) at the moment the transaction manager commits.
 */
@Path("/notes/cut-before-commit")
@RolesAllowed({ "case-worker", "team-manager" })
public class ConnectionLostAtCommit {
    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @POST
    @Transactional
    public Map<String, Object> create(String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.caseId = UUID.randomUUID();
        note.text = text;
        entityManager.persist(note);
        entityManager.flush();
        Number backend = (Number) entityManager.createNativeQuery("select pg_backend_pid()").getSingleResult();
        // from a connection of its own, as the server's end would be cut by a restart
        try (Connection other = DriverManager.getConnection(url, username, password)) {
            other.createStatement().execute("select pg_terminate_backend(" + backend.intValue() + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("id", note.id);
    }
}
