package org.youthjustice.orders.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.orders.PageLinks;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * The lists of one case (contacts, plans, meetings, assessments, exit interviews, referrals, court screens) and the
 * court lead's Future Court list page: limit and offset, X-Total-Count, Link next and prev; a bad offset or limit
 * is a 400 naming it; another authority's records are neither listed nor counted.
 */
@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class ListPagingTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    @Test
    @DisplayName("A case's contacts page: limit, offset, the total and the links to the neighbouring pages")
    void aCasesListPages() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        String path = "/api/orders/cases/" + sentenced.caseId() + "/contacts";
        for (String at : List.of("2026-06-02T10:00:00Z", "2026-06-03T10:00:00Z", "2026-06-04T10:00:00Z")) {
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                    .body(Map.of("type", "phone", "occurredAt", at, "made", true, "present", List.of("child")))
                    .post(path).then().statusCode(201);
        }

        Response first = given().auth().oauth2(MANAGER).queryParam("limit", "2").get(path);
        first.then().statusCode(200).header("X-Total-Count", "3").body("occurredAt", hasSize(2));
        assertThat(PageLinks.of(first)).containsOnlyKeys("next");
        assertThat(PageLinks.of(first).get("next")).containsExactlyInAnyOrder("offset=2", "limit=2");
        Response second = given().auth().oauth2(MANAGER).queryParam("limit", "2").queryParam("offset", "2").get(path);
        second.then().statusCode(200).header("X-Total-Count", "3").body("occurredAt", contains("2026-06-04T10:00:00Z"));
        assertThat(PageLinks.of(second)).containsOnlyKeys("prev");
        assertThat(PageLinks.of(second).get("prev")).containsExactlyInAnyOrder("offset=0", "limit=2");
        List<String> both = new ArrayList<>(first.jsonPath().getList("occurredAt"));
        both.addAll(second.jsonPath().getList("occurredAt"));
        assertThat(both).containsExactly("2026-06-02T10:00:00Z", "2026-06-03T10:00:00Z", "2026-06-04T10:00:00Z");
        // the whole list by default, as before paging: no link
        given().auth().oauth2(MANAGER).get(path).then().statusCode(200).header("X-Total-Count", "3").body("$", hasSize(3))
                .header("Link", nullValue());
    }

    @ParameterizedTest(name = "{0}: bad paging values are each named; another authority's case is not found")
    @ValueSource(strings = { "contacts", "plans", "review-meetings", "assessments", "exit-interviews",
            "intervention-referrals", "court-screenings" })
    void everyListOfACasePages(String list) {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        String path = "/api/orders/cases/" + sentenced.caseId() + "/" + list;

        given().auth().oauth2(MANAGER).queryParam("limit", "1").get(path).then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(MANAGER).queryParam("limit", "abc").queryParam("offset", "-1").get(path).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("limit", "offset"));
        given().auth().oauth2(MANAGER).queryParam("limit", "0").get(path).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("limit"));
        given().auth().oauth2(MANAGER).queryParam("limit", "1001").queryParam("offset", "x").get(path).then()
                .statusCode(400).body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("limit", "offset"));
        // another authority's case: nothing listed, nothing counted
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get(path).then().statusCode(404)
                .contentType(PROBLEM).header("X-Total-Count", nullValue());
    }

    /** A child of {@code authority} remanded at a magistrates' court today, adjourned {@code days} ahead. */
    private static String adjourned(String authority, String familyName, int days) {
        LocalDate today = TestClock.START_DAY;
        Map<String, Object> outcome = new HashMap<>(Map.of(
                "court", Map.of("name", "Reading Magistrates' Court", "crownCourt", false, "outOfArea", false,
                        "yjsCourtOfficerPresent", false),
                "courtReference", "M-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "bail-support",
                "nextHearingDate", today.plusDays(days).toString(),
                "child", Map.of("givenName", "Kai", "familyName", familyName, "dateOfBirth", "2011-02-02",
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "assault", "imprisonable", true))));
        return given().auth().oauth2(TestTokens.token(authority, "court-officer")).contentType(ContentType.JSON)
                .body(outcome).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
    }

    @Test
    @DisplayName("MIL-16: the Future Court list pages in next-hearing order; another authority's children are not counted")
    void theFutureCourtListPages() {
        // an authority of this test's own: its list holds exactly the children made here
        String authority = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        String lead = TestTokens.token(authority, "advanced-practitioner");
        String first = adjourned(authority, "Ash", 20);
        String second = adjourned(authority, "Birch", 30);
        String third = adjourned(authority, "Cedar", 40);
        adjourned("wokingham", "Ash", 10);

        Response firstPage = given().auth().oauth2(lead).queryParam("limit", "2").get("/api/orders/court-screenings/awaiting");
        firstPage.then().statusCode(200).header("X-Total-Count", "3").body("caseId", contains(first, second));
        assertThat(PageLinks.of(firstPage).get("next")).containsExactlyInAnyOrder("offset=2", "limit=2");
        Response lastPage = given().auth().oauth2(lead).queryParam("limit", "2").queryParam("offset", "2")
                .get("/api/orders/court-screenings/awaiting");
        lastPage.then().statusCode(200).header("X-Total-Count", "3").body("caseId", contains(third));
        assertThat(PageLinks.of(lastPage)).containsOnlyKeys("prev");
        given().auth().oauth2(lead).get("/api/orders/court-screenings/awaiting").then().statusCode(200)
                .header("X-Total-Count", "3").body("caseId", contains(first, second, third));
    }

    @ParameterizedTest(name = "awaiting with offset {0} and limit {1}: 400 naming {2}")
    @CsvSource({ "0, abc, limit", "0, 0, limit", "0, -1, limit", "0, 501, limit", "abc, 10, offset", "-1, 10, offset" })
    void badPagingOfTheFutureCourtList(String offset, String limit, String field) {
        given().auth().oauth2(TestTokens.token("wokingham", "advanced-practitioner")).queryParam("offset", offset)
                .queryParam("limit", limit).get("/api/orders/court-screenings/awaiting").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", contains(field));
    }
}
