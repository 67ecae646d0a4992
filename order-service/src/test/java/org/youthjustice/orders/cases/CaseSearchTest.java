package org.youthjustice.orders.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.orders.PageLinks;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CaseSearchTest {
    @Inject
    javax.sql.DataSource dataSource;

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
    @DisplayName("A case is found by its whole reference, whatever its case; X-1: never another authority's by the same reference")
    void findsACaseByItsReference() {
        String family = "Heron" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = open("wokingham", "Alex", family, "2011-02-03", null);
        open("wokingham", "Sam", family, "2011-02-04", null);
        String reference = as("wokingham", "team-manager").queryParam("name", family).queryParam("dateOfBirth", "2011-02-03")
                .get("/api/orders/cases").then().statusCode(200).extract().path("[0].reference");

        as("wokingham", "team-manager").queryParam("reference", " " + reference.toLowerCase() + " ").get("/api/orders/cases")
                .then().statusCode(200).body("id", contains(caseId)).header("X-Total-Count", "1");
        as("wokingham", "team-manager").queryParam("reference", reference.substring(0, reference.length() - 1)).get("/api/orders/cases")
                .then().statusCode(200).body("", empty());
        as("nottinghamshire", "team-manager").queryParam("reference", reference).get("/api/orders/cases")
                .then().statusCode(200).body("", empty());
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
    @DisplayName("A search pages by family name, given name and date of birth: limit, offset, the total and the links")
    void aSearchPages() {
        String family = "Larch" + UUID.randomUUID().toString().substring(0, 8);
        String ash = open("wokingham", "Ash", family, "2011-02-03", null);
        String bea = open("wokingham", "Bea", family, "2011-02-03", null);
        String cal = open("wokingham", "Cal", family, "2011-02-03", null);
        // the same family name in another authority is neither listed nor counted
        open("nottinghamshire", "Abe", family, "2011-02-03", null);

        io.restassured.response.Response first = as("wokingham", "team-manager").queryParam("name", family)
                .queryParam("limit", "2").get("/api/orders/cases");
        first.then().statusCode(200).header("X-Total-Count", "3").body("id", contains(ash, bea));
        assertThat(PageLinks.of(first)).containsOnlyKeys("next");
        assertThat(PageLinks.of(first).get("next")).contains("offset=2", "limit=2", "name=" + family);
        io.restassured.response.Response last = as("wokingham", "team-manager").queryParam("name", family)
                .queryParam("limit", "2").queryParam("offset", "2").get("/api/orders/cases");
        last.then().statusCode(200).header("X-Total-Count", "3").body("id", contains(cal));
        assertThat(PageLinks.of(last)).containsOnlyKeys("prev");
        assertThat(PageLinks.of(last).get("prev")).contains("offset=0", "limit=2");

        as("nottinghamshire", "team-manager").queryParam("name", family).get("/api/orders/cases").then().statusCode(200)
                .header("X-Total-Count", "1").body("givenName", contains("Abe"));
    }

    @ParameterizedTest(name = "offset {0}, limit {1}: 400 naming {2}")
    @CsvSource({ "0, abc, limit", "0, 0, limit", "0, -1, limit", "0, 201, limit", "abc, 10, offset", "-1, 10, offset" })
    void badPagingIsNamed(String offset, String limit, String field) {
        as("wokingham", "team-manager").queryParam("offset", offset).queryParam("limit", limit).get("/api/orders/cases")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains(field));
    }

    @Test
    @DisplayName("Part of a name, anywhere in it and in any case, finds the child")
    void aFragmentInTheMiddleOfANameInAnyCase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String found = open("wokingham", "Marguerite" + tag, "Pemberton" + tag, "2011-02-03", null);

        for (String fragment : List.of("GUERITE" + tag.toUpperCase(), "berTON" + tag, "mberton" + tag.substring(0, 3))) {
            as("wokingham", "team-manager").queryParam("name", fragment).get("/api/orders/cases").then().statusCode(200)
                    .body("id", contains(found));
        }
    }

    @Test
    @DisplayName("%, _ and ' in a name are looked for as they are, never as patterns or SQL")
    void metacharactersAreLiteral() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String irish = open("wokingham", "Niamh", "O'Brien_" + tag, "2011-02-03", null);
        open("wokingham", "Niamh", "OBrienX" + tag, "2011-02-03", null);

        // the apostrophe and the underscore match themselves: not OBrienX
        as("wokingham", "team-manager").queryParam("name", "o'brien_" + tag).get("/api/orders/cases").then().statusCode(200)
                .header("X-Total-Count", "1").body("id", contains(irish));
        as("wokingham", "team-manager").queryParam("name", "brien_" + tag).get("/api/orders/cases").then().statusCode(200)
                .body("id", contains(irish));
        // % and _ alone are not wildcards, and SQL in a name is only a name
        as("wokingham", "team-manager").queryParam("name", "_").get("/api/orders/cases").then().statusCode(200)
                .body("familyName", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.containsString("_")));
        for (String name : List.of("%", "%" + tag, "'; drop table child_case; --", "' or '1'='1", "!", "\\")) {
            as("wokingham", "team-manager").queryParam("name", name).get("/api/orders/cases").then().statusCode(200)
                    .header("X-Total-Count", "0").body("$", empty());
        }
    }

    @Test
    @DisplayName("The search by part of a name can use the trigram indexes (V11)")
    void theNameSearchUsesTheTrigramIndex() throws Exception {
        open("wokingham", "Trigram", "Indexed" + UUID.randomUUID().toString().substring(0, 8), "2011-02-03", null);
        // the search's filter as Hibernate sends it for a name: the authority, the flags and the pattern bound (the
        // flags of the criteria not given fold away in the plan)
        String plan;
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
            // an authority's worth of other children, in a transaction rolled back (rows and statistics alike), so
            // that the planner weighs the indexes as it would on a real authority, not on a handful of test rows
            connection.setAutoCommit(false);
            try {
                settings.execute("""
                        insert into child_case (id, authority, reference, given_name, family_name, date_of_birth,
                                                gender_identity, looked_after, status, opened_at)
                        select gen_random_uuid(), 'wokingham', 'EXPLAIN-' || gen_random_uuid(), 'Given' || g, 'Family' || g,
                               date '2011-01-01', 'female', false, 'OPEN', now()
                        from generate_series(1, 5000) g""");
                settings.execute("analyze child_case");
                // no reading the whole table, nor the authority's whole b-tree in order: what is left is an index
                // on the name's filter, or the authority's b-tree as a bitmap
                settings.execute("set local enable_seqscan = off");
                settings.execute("set local enable_indexscan = off");
                try (PreparedStatement explain = connection.prepareStatement("""
                        explain select c.id from child_case c
                        where c.authority = ? and ? = true
                          and (? = true or lower(c.given_name) like ? escape '!' or lower(c.family_name) like ? escape '!')
                        order by lower(c.family_name), lower(c.given_name), c.date_of_birth, c.id""")) {
                    explain.setString(1, "wokingham");
                    explain.setBoolean(2, true);
                    explain.setBoolean(3, false);
                    explain.setString(4, "%rigra%");
                    explain.setString(5, "%rigra%");
                    StringBuilder lines = new StringBuilder();
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            lines.append(rows.getString(1)).append('\n');
                        }
                    }
                    plan = lines.toString();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
        assertThat(plan).contains("child_case_given_name_trgm").contains("child_case_family_name_trgm");
    }

    @Test
    void aPartnerCourtSystemCannotSearch() {
        as("wokingham", "partner-court").get("/api/orders/cases").then().statusCode(403);
    }
}
