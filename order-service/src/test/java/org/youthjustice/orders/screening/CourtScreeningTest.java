package org.youthjustice.orders.screening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CourtScreeningTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String COURT_LEAD = TestTokens.token("wokingham", "advanced-practitioner");
    private static final LocalDate TODAY = TestClock.START_DAY;

    /** A child remanded at a magistrates' court today, adjourned {@code days} ahead. */
    private static UUID adjourned(int days) {
        Map<String, Object> outcome = new HashMap<>(Map.of(
                "court", Map.of("name", "Reading Magistrates' Court", "crownCourt", false, "outOfArea", false,
                        "yjsCourtOfficerPresent", false),
                "courtReference", "M-" + UUID.randomUUID(), "hearingDate", TODAY.toString(), "outcome", "bail-support",
                "nextHearingDate", TODAY.plusDays(days).toString(),
                "child", Map.of("givenName", "Kai", "familyName", "Moss-" + UUID.randomUUID(), "dateOfBirth", "2011-02-02",
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "assault", "imprisonable", true))));
        String caseId = given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON)
                .body(outcome).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
        return UUID.fromString(caseId);
    }

    private static Response screen(UUID caseId, boolean risk, boolean otherAgencies) {
        return given().auth().oauth2(COURT_LEAD).contentType(ContentType.JSON)
                .body(Map.of("offenceIndicatesRiskToOthers", risk, "otherAgenciesInvolved", otherAgencies))
                .post("/api/orders/cases/" + caseId + "/court-screenings");
    }

    @ParameterizedTest(name = "MIL-16: adjourned {0} days, risk to others {1}, other agency {2} → offer {3}")
    @CsvSource({
            "42, false, false, false",
            "43, false, false, true",
            "14, true, false, true",
            "43, true, true, false",
            "14, false, false, false" })
    @DisplayName("MIL-16: offer an intervention when (adjournment over 6 weeks OR risk to others) AND no other agency")
    void theScreensDecision(int days, boolean risk, boolean otherAgencies, boolean offer) {
        UUID caseId = adjourned(days);

        screen(caseId, risk, otherAgencies).then().statusCode(201)
                .body("screening.offerIntervention", equalTo(offer))
                .body("screening.adjournmentDays", equalTo(days))
                .body("screening.reasons", hasSize(3))
                .body("screening.reasons[0]", equalTo((days > 42 ? "adjourned for more than 6 weeks" : "adjourned for 6 weeks or less")
                        + ": " + TODAY + " to " + TODAY.plusDays(days)));
    }

    @Test
    @DisplayName("MIL-16: the court lead's list holds the children awaiting an adjourned hearing until each is screened once")
    void theListOfChildrenToScreen() {
        UUID caseId = adjourned(50);

        given().auth().oauth2(COURT_LEAD).get("/api/orders/court-screenings/awaiting").then().statusCode(200)
                .body("caseId", hasItem(caseId.toString()));
        String id = screen(caseId, false, false).then().statusCode(201).extract().path("screening.id");
        screen(caseId, true, true).then().statusCode(200).body("duplicate", equalTo(true))
                .body("screening.id", equalTo(id)).body("screening.offerIntervention", equalTo(true));
        given().auth().oauth2(COURT_LEAD).get("/api/orders/court-screenings/awaiting").then().statusCode(200)
                .body("caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(COURT_LEAD).get("/api/orders/cases/" + caseId + "/court-screenings").then().statusCode(200)
                .body("id", contains(id));

        // the offer accepted: My Futures names the screen it follows
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("programme", "my-futures", "referrer", "Court lead", "reason", "Long wait for trial",
                        "receivedOn", TODAY.toString(), "decision", "accepted", "team", CaseFixtures.TEAM, "screeningId", id))
                .post("/api/orders/cases/" + caseId + "/intervention-referrals").then().statusCode(201)
                .body("referral.screeningId", equalTo(id));
    }

    @Test
    void badInputRolesAndOtherAuthorities() {
        // sentenced, not awaiting a hearing: nothing to screen
        CaseFixtures.SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        screen(sentenced.caseId(), false, false).then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("MIL-16"));

        UUID caseId = adjourned(50);
        given().auth().oauth2(COURT_LEAD).contentType(ContentType.JSON).body(Map.of("offenceIndicatesRiskToOthers", true))
                .post("/api/orders/cases/" + caseId + "/court-screenings").then().statusCode(400)
                .body("violations.field", contains("otherAgenciesInvolved"));
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).contentType(ContentType.JSON)
                .body(Map.of("offenceIndicatesRiskToOthers", true, "otherAgenciesInvolved", false))
                .post("/api/orders/cases/" + caseId + "/court-screenings").then().statusCode(403);

        String other = TestTokens.token("nottinghamshire", "advanced-practitioner");
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("offenceIndicatesRiskToOthers", true, "otherAgenciesInvolved", false))
                .post("/api/orders/cases/" + caseId + "/court-screenings").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).get("/api/orders/cases/" + caseId + "/court-screenings").then().statusCode(404);
        given().auth().oauth2(other).get("/api/orders/court-screenings/awaiting").then().statusCode(200)
                .body("caseId", not(hasItem(caseId.toString())));
        given().auth().oauth2(COURT_LEAD).get("/api/orders/cases/" + caseId + "/court-screenings").then().body("$", hasSize(0));
    }

    @Test
    @DisplayName("ORD-1: the next hearing comes after the one adjourning to it")
    void theNextHearingIsLater() {
        Map<String, Object> outcome = new HashMap<>(Map.of(
                "court", Map.of("name", "Reading Magistrates' Court", "crownCourt", false, "outOfArea", false,
                        "yjsCourtOfficerPresent", false),
                "courtReference", "M-" + UUID.randomUUID(), "hearingDate", TODAY.toString(), "outcome", "remanded",
                "nextHearingDate", TODAY.toString(),
                "child", Map.of("givenName", "Kai", "familyName", "Moss", "dateOfBirth", "2011-02-02",
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "assault", "imprisonable", true))));
        given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON).body(outcome)
                .post("/api/orders/court-outcomes").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("nextHearingDate"));
    }
}
