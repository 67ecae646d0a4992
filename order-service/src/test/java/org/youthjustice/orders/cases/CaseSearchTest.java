package org.youthjustice.orders.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CaseSearchTest {

    private static String open(String authority, String givenName, String familyName, String dateOfBirth, Map<String, Object> order) {
        Map<String, Object> submission = new HashMap<>(Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "Q-" + UUID.randomUUID(), "hearingDate", "2026-11-20",
                "outcome", order == null ? "adjourned-for-psr" : "sentenced",
                "child", Map.of("givenName", givenName, "familyName", familyName, "dateOfBirth", dateOfBirth,
                        "genderIdentity", "female", "lookedAfter", false),
                "offences", List.of(Map.of("description", "theft", "imprisonable", true))));
        if (order != null) {
            submission.put("order", order);
        }
        return given().auth().oauth2(TestTokens.token(authority, "court-officer")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
    }

    private static io.restassured.specification.RequestSpecification as(String authority, String role) {
        return given().auth().oauth2(TestTokens.token(authority, role));
    }

    @Test
    void findsCasesByPartOfANameAndByDateOfBirth() {
        String family = "Quill" + UUID.randomUUID().toString().substring(0, 8);
        String first = open("wokingham", "Morgan", family, "2011-02-03", null);
        String second = open("wokingham", "Riley", family, "2012-04-05", null);

        as("wokingham", "team-manager").queryParam("name", family.substring(0, 9).toUpperCase()).get("/api/orders/cases")
                .then().statusCode(200).body("id", containsInAnyOrder(first, second));
        as("wokingham", "team-manager").queryParam("name", family).queryParam("dateOfBirth", "2012-04-05").get("/api/orders/cases")
                .then().statusCode(200).body("id", containsInAnyOrder(second)).body("[0].givenName", equalTo("Riley"));
    }

    @Test
    void findsCasesByTheTeamTheirOrderWentTo() {
        String family = "Tern" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> referral = Map.of("type", "referral-order", "startDate", "2026-11-20", "endDate", "2027-05-19", "contractMonths", 6);
        String referred = open("wokingham", "Sky", family, "2011-02-03", referral);
        open("wokingham", "Sea", family, "2011-02-04", null);

        as("wokingham", "team-manager").queryParam("name", family).queryParam("team", "early-intervention-unit").get("/api/orders/cases")
                .then().statusCode(200).body("id", containsInAnyOrder(referred)).body("[0].teams", containsInAnyOrder("early-intervention-unit"));
    }

    @Test
    @DisplayName("X-1: a search never finds another authority's children")
    void aSearchNeverCrossesAuthorities() {
        String family = "Wren" + UUID.randomUUID().toString().substring(0, 8);
        open("wokingham", "Jamie", family, "2011-02-03", null);

        as("nottinghamshire", "team-manager").queryParam("name", family).get("/api/orders/cases")
                .then().statusCode(200).body("", empty());
        as("wokingham", "team-manager").queryParam("name", family).get("/api/orders/cases").then().body("", hasSize(1));
    }

    @Test
    void aCaseWorkerFindsOnlyTheCasesTheyHold() {
        String family = "Finch" + UUID.randomUUID().toString().substring(0, 8);
        open("wokingham", "Pat", family, "2011-02-03", null);

        as("wokingham", "case-worker").queryParam("name", family).get("/api/orders/cases").then().statusCode(200).body("", empty());
    }

    @Test
    void invalidCriteriaAreEachListed() {
        as("wokingham", "team-manager").queryParam("dateOfBirth", "03/02/2011").queryParam("status", "sleeping")
                .queryParam("limit", "1000").get("/api/orders/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("dateOfBirth", "status", "limit"));
    }

    @Test
    void aPartnerCourtSystemCannotSearch() {
        as("wokingham", "partner-court").get("/api/orders/cases").then().statusCode(403);
    }
}
