package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class ProblemDetailsTest {
    private static final String PROBLEM = "application/problem+json";


    private String caseWorker() {
        return RealmUsers.token("wokingham-case-worker");
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().get("/notes").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:youth-justice:problem:unauthenticated"));
    }

    @Test
    void aTamperedTokenIsUnauthenticated() {
        String token = caseWorker();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        given().auth().oauth2(tampered).get("/notes").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aRoleThatMayNotIsForbidden() {
        String courtOfficer = RealmUsers.token("wokingham-court-officer");

        given().auth().oauth2(courtOfficer).get("/notes").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:forbidden"));
    }

    @Test
    void invalidFieldsAreListedOneEntryEach() {
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON).body(Map.of("text", " "))
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:invalid-request"))
                .body("violations", hasSize(2))
                .body("violations.field", containsInAnyOrder("caseId", "text"));
    }

    @Test
    void aConstraintNamingItsRuleCarriesTheRuleId() {
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "text", "x".repeat(201)))
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("SAMPLE-3"))
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("a note is at most 200 characters"));
    }

    @Test
    void everyBrokenRuleIsListedAndNothingIsStored() {
        String token = caseWorker();
        int before = given().auth().oauth2(token).get("/notes").then().extract().jsonPath().getList("id").size();

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "text", "too much", "days", 120, "hours", 10))
                .post("/notes")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:rule-violation"))
                .body("violations.rule", containsInAnyOrder("SAMPLE-1", "SAMPLE-2"));

        given().auth().oauth2(token).get("/notes").then().body("id", hasSize(before));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON).body("{\"caseId\": \"not-a-uuid\", ")
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:malformed-request"))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequest() {
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON)
                .body(Map.of("caseId", "not-a-uuid", "text", "x"))
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("caseId"));
    }

    @Test
    void anUnknownRecordIsNotFound() {
        given().auth().oauth2(caseWorker()).get("/notes/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void anUnknownPathIsNotFound() {
        given().auth().oauth2(caseWorker()).get("/no-such-thing").then().statusCode(404);
    }

    @Test
    void theCorrelationIdSentIsKeptAndReturned() {
        given().auth().oauth2(caseWorker()).header("X-Correlation-Id", "test-correlation-0001")
                .get("/notes/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Correlation-Id", "test-correlation-0001")
                .body("correlationId", equalTo("test-correlation-0001"));
    }

    @Test
    void aBodyWithAnythingAfterItsJsonValueIsMalformedAndStoresNothing() {
        String caseId = UUID.randomUUID().toString();
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON)
                .body("{\"caseId\": \"" + caseId + "\", \"text\": \"first\"} {\"trailing\": [")
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:malformed-request"));
        given().auth().oauth2(caseWorker()).get("/notes").then().statusCode(200).body("caseId", not(org.hamcrest.Matchers.hasItem(caseId)));
    }

    @Test
    void aNulCharacterInTextOrInTheAddressIsBadInputNotAServerError() {
        given().auth().oauth2(caseWorker()).contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "text", "before\u0000after"))
                .post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body(containsString("text"));
        given().auth().oauth2(caseWorker()).urlEncodingEnabled(false).get("/notes?text=a%00b")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("text"));
        given().auth().oauth2(caseWorker()).urlEncodingEnabled(false).get("/notes/a%00b")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
