package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database going away as a request commits (R5 killed PostgreSQL under load and, once in 400 requests, at that
 * moment): the transaction manager reports it as a failed commit with the driver's failure suppressed under it.
 */
@QuarkusTest
@TestProfile(RealInfrastructure.class)
class ConnectionLostTest {

    @Test
    void aConnectionLostAsTheRequestCommitsIsA503ToSendAgainNotAServerError() {
        String token = RealmUsers.token("wokingham-case-worker");
        String text = "cut " + UUID.randomUUID();

        given().auth().oauth2(token).contentType("text/plain").body(text).post("/notes/cut-before-commit")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:youth-justice:problem:unavailable"))
                .body("detail", containsString("may not have been recorded"));

        // here the server rolled it back: PostgreSQL cut the connection before it was told to commit
        given().auth().oauth2(token).get("/notes").then().statusCode(200).body("text", not(hasItem(text)));
    }
}
