package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("X-4: a change is recorded with who (subject, authority, roles), what, when and why")
    void aChangeIsRecordedWithWhoWhatWhenAndWhy() {
        String token = RealmUsers.token("wokingham-case-worker");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("X-Correlation-Id", "audit-correlation-42")
                .body(Map.of("caseId", UUID.randomUUID(), "text", "home visit"))
                .post("/notes").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).get("/notes/" + id + "/audit")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].action", equalTo("note.created"))
                .body("[0].recordId", equalTo(id))
                .body("[0].authority", equalTo("wokingham"))
                .body("[0].username", equalTo("wokingham-case-worker"))
                .body("[0].roles", hasItem("case-worker"))
                .body("[0].rationale", equalTo("sample rationale"))
                .body("[0].correlationId", equalTo("audit-correlation-42"));
    }

    @Test
    @DisplayName("X-4: the audit trail is append-only, enforced by the database")
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() throws SQLException {
        String token = RealmUsers.token("wokingham-case-worker");
        TenancyTest.createNote(token);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update platform.audit_entry set action = 'rewritten'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from platform.audit_entry"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate platform.audit_entry"))
                    .hasMessageContaining("append-only");
            var count = statement.executeQuery("select count(*) from platform.audit_entry where action = 'note.created'");
            count.next();
            assertThat(count.getInt(1)).isPositive();
        }
    }

    @Test
    @DisplayName("X-4 with X-1: another authority cannot read a record's audit trail")
    void anotherAuthorityCannotReadTheTrail() {
        String id = TenancyTest.createNote(RealmUsers.token("wokingham-case-worker"));

        given().auth().oauth2(RealmUsers.token("nottinghamshire-team-manager"))
                .get("/notes/" + id + "/audit").then().statusCode(404);
    }
}
