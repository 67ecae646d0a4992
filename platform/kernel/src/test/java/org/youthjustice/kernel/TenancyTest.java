package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class TenancyTest {

    @Test
    @DisplayName("X-1: another authority's record answers 404, as if it did not exist")
    void anotherAuthoritysRecordIsNotFound() {
        String wokingham = RealmUsers.token("wokingham-case-worker");
        String nottinghamshire = RealmUsers.token("nottinghamshire-case-worker");
        String id = createNote(wokingham);

        given().auth().oauth2(nottinghamshire).get("/notes/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:youth-justice:problem:not-found"));
        given().auth().oauth2(wokingham).get("/notes/" + id)
                .then().statusCode(200).body("authority", equalTo("wokingham"));
        List<String> seenByNottinghamshire = given().auth().oauth2(nottinghamshire).get("/notes")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(seenByNottinghamshire).doesNotContain(id);
    }

    @Test
    @DisplayName("X-1: another authority cannot change a record, and the attempt changes nothing")
    void anotherAuthorityCannotChangeARecord() {
        String wokingham = RealmUsers.token("wokingham-case-worker");
        String nottinghamshire = RealmUsers.token("nottinghamshire-team-manager");
        String id = createNote(wokingham);

        given().auth().oauth2(nottinghamshire).contentType(ContentType.TEXT).body("overwritten")
                .post("/notes/" + id + "/text").then().statusCode(404);

        given().auth().oauth2(wokingham).get("/notes/" + id).then().statusCode(200).body("text", equalTo("first contact"));
    }

    @Test
    @DisplayName("X-1: the authority comes from the verified token, never from a request field or header")
    void theAuthorityComesFromTheTokenOnly() {
        String wokingham = RealmUsers.token("wokingham-case-worker");

        given().auth().oauth2(wokingham).contentType(ContentType.JSON)
                .header("X-Authority", "nottinghamshire")
                .body(Map.of("caseId", UUID.randomUUID(), "text", "spoofed", "authority", "nottinghamshire"))
                .post("/notes")
                .then().statusCode(201).body("authority", equalTo("wokingham"));
    }

    @Test
    @DisplayName("X-1: a partner system, bound to one authority, may not use a case workers' endpoint")
    void aPartnerSystemMayNotUseACaseWorkersEndpoint() {
        // the realm's nottinghamshire-court-system client, as its service account (GatewaySecurityTest proves that
        // Keycloak's client-credentials token carries its authority and role)
        String token = RealmUsers.token("service-account-nottinghamshire-court-system");

        given().auth().oauth2(token).get("/notes").then().statusCode(403).contentType("application/problem+json");
    }

    static String createNote(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "text", "first contact"))
                .post("/notes")
                .then().statusCode(201).extract().path("id");
    }
}
