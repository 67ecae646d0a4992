package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.InjectKeycloak;
import org.youthjustice.testing.Keycloak;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class TenancyTest {
    @InjectKeycloak
    Keycloak keycloak;

    @Test
    @DisplayName("X-1: another authority's record answers 404, as if it did not exist")
    void anotherAuthoritysRecordIsNotFound() {
        String wokingham = keycloak.passwordToken("wokingham-case-worker", RealInfrastructure.DEMO_PASSWORD);
        String nottinghamshire = keycloak.passwordToken("nottinghamshire-case-worker", RealInfrastructure.DEMO_PASSWORD);
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
        String wokingham = keycloak.passwordToken("wokingham-case-worker", RealInfrastructure.DEMO_PASSWORD);
        String nottinghamshire = keycloak.passwordToken("nottinghamshire-team-manager", RealInfrastructure.DEMO_PASSWORD);
        String id = createNote(wokingham);

        given().auth().oauth2(nottinghamshire).contentType(ContentType.TEXT).body("overwritten")
                .post("/notes/" + id + "/text").then().statusCode(404);

        given().auth().oauth2(wokingham).get("/notes/" + id).then().statusCode(200).body("text", equalTo("first contact"));
    }

    @Test
    @DisplayName("X-1: the authority comes from the verified token, never from a request field or header")
    void theAuthorityComesFromTheTokenOnly() {
        String wokingham = keycloak.passwordToken("wokingham-case-worker", RealInfrastructure.DEMO_PASSWORD);

        given().auth().oauth2(wokingham).contentType(ContentType.JSON)
                .header("X-Authority", "nottinghamshire")
                .body(Map.of("caseId", UUID.randomUUID(), "text", "spoofed", "authority", "nottinghamshire"))
                .post("/notes")
                .then().statusCode(201).body("authority", equalTo("wokingham"));
    }

    @Test
    @DisplayName("X-1: a partner system's token carries the authority its client is bound to")
    void aPartnerClientIsBoundToOneAuthority() throws Exception {
        String token = keycloak.clientToken("nottinghamshire-court-system", "demo-only-nottinghamshire-court-system-secret");

        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.path("authority").asText()).isEqualTo("nottinghamshire");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("partner-court");
        // a court system may not use a case workers' endpoint
        given().auth().oauth2(token).get("/notes").then().statusCode(403).contentType("application/problem+json");
    }

    static String createNote(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "text", "first contact"))
                .post("/notes")
                .then().statusCode(201).extract().path("id");
    }
}
