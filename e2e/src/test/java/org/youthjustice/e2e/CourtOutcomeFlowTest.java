package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Court outcomes through the gateway with real tokens: who may submit, who may see the case. */
@EndToEnd
class CourtOutcomeFlowTest {
    private static final String PROBLEM = "application/problem+json";
    // the platform runs on the real clock: dates are the day the scenario runs, and a child who is 16 that day (unpaid work is for 16- and 17-year-olds)
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private static Map<String, Object> outcome(String familyName) {
        return Map.of(
                "court", Map.of("name", "Reading Youth Court", "location", "Reading", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(),
                "hearingDate", TODAY.toString(),
                "outcome", "adjourned-for-psr",
                "child", Map.of("givenName", "Robin", "familyName", familyName, "dateOfBirth", TODAY.minusYears(16).minusDays(30).toString(),
                        "genderIdentity", "male", "lookedAfter", false, "locality", "west"),
                "offences", List.of(Map.of("description", "criminal damage", "imprisonable", false)));
    }

    @Test
    @DisplayName("ORD-1 end to end: a court outcome with its order in through the gateway is the authority's team manager's to see")
    void aCourtOutcomeAndItsOrderAreVisibleToTheAuthoritysTeamManager(RunningPlatform platform) {
        Map<String, Object> sentenced = new java.util.HashMap<>(outcome("Hill-" + UUID.randomUUID()));
        sentenced.put("outcome", "sentenced");
        sentenced.put("order", Map.of("type", "youth-rehabilitation-order", "startDate", TODAY.toString(), "endDate", TODAY.plusYears(1).minusDays(1).toString(),
                "requirements", List.of(Map.of("type", "supervision"), Map.of("type", "unpaid-work", "hours", 60)),
                "custodyThresholdPassed", false, "persistentOffender", false));

        String caseId = given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-court-officer"))
                .contentType(ContentType.JSON).body(sentenced)
                .post("/api/orders/court-outcomes")
                .then().statusCode(201).body("newCase", equalTo(true)).extract().path("caseId");

        given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-team-manager"))
                .get("/api/orders/cases/" + caseId)
                .then().statusCode(200).body("child.givenName", equalTo("Robin")).body("outcomes", hasSize(1))
                .body("orders[0].type", equalTo("youth-rehabilitation-order"))
                .body("orders[0].team", equalTo("community-orders-unit"));
    }

    @Test
    @DisplayName("X-1 end to end: another authority's case is 404")
    void anotherAuthoritysCaseIsNotFound(RunningPlatform platform) {
        String caseId = given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-business-support"))
                .contentType(ContentType.JSON).body(outcome("Stone-" + UUID.randomUUID()))
                .post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");

        given().baseUri(platform.gateway()).auth().oauth2(platform.token("nottinghamshire-team-manager"))
                .get("/api/orders/cases/" + caseId)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aUserWithoutTheNeededRoleIsForbidden(RunningPlatform platform) {
        given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-case-worker"))
                .contentType(ContentType.JSON).body(outcome("Wood-" + UUID.randomUUID()))
                .post("/api/orders/court-outcomes")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aPartnerCourtSystemSubmitsCourtOutcomesAndNothingElse(RunningPlatform platform) {
        String court = platform.keycloak().clientToken("wokingham-court-system", "demo-only-wokingham-court-system-secret");

        String caseId = given().baseUri(platform.gateway()).auth().oauth2(court)
                .contentType(ContentType.JSON).body(outcome("Field-" + UUID.randomUUID()))
                .post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");

        given().baseUri(platform.gateway()).auth().oauth2(court).get("/api/orders/cases/" + caseId)
                .then().statusCode(403).contentType(PROBLEM);
        // its client is bound to its authority: the case is Wokingham's
        given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-team-manager"))
                .get("/api/orders/cases/" + caseId).then().statusCode(200);
        given().baseUri(platform.gateway()).auth().oauth2(platform.token("nottinghamshire-team-manager"))
                .get("/api/orders/cases/" + caseId).then().statusCode(404);
    }
}
