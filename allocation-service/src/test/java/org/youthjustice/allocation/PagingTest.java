package org.youthjustice.allocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.testing.Pages;
import org.youthjustice.testing.Rows;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * Issue 19: every list pages (offset, limit; X-Total-Count; Link next/prev), bad paging is a 400 problem naming the
 * field, and another authority's rows are neither listed nor counted. The rows are written straight to the database,
 * in wokingham and in bracknell-forest, so that each list holds a known number of each.
 */
@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class PagingTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = AllocationScenario.MANAGER;
    private static final String OTHER = "bracknell-forest";

    /** Every list of the service, with a role allowed to read it. */
    private static final List<String> LISTS = List.of("/api/allocations/co-allocations", "/api/allocations/allocation-requests",
            "/api/allocations/internal-transfers", "/api/allocations/cases/" + UUID.randomUUID() + "/internal-transfers",
            "/api/allocations/restorative-justice-needs", "/api/allocations/absence-reviews", "/api/allocations/workers",
            "/api/allocations/teams");

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = { "abc", "0", "-1", "100001" })
    @DisplayName("A limit that is not a whole number in range is a 400 problem naming limit, on every list")
    void badLimit(String limit) {
        for (String list : LISTS) {
            given().auth().oauth2(MANAGER).queryParam("limit", limit).get(list).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("limit"));
        }
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).queryParam("limit", limit)
                .get("/api/allocations/screening-notices").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "100001" })
    @DisplayName("An offset that is not a whole number in range is a 400 problem naming offset, on every list")
    void badOffset(String offset) {
        for (String list : LISTS) {
            given().auth().oauth2(MANAGER).queryParam("offset", offset).get(list).then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("offset"));
        }
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).queryParam("offset", offset)
                .get("/api/allocations/screening-notices").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("offset"));
    }

    @Test
    @DisplayName("A bad status and bad paging are answered together, each field listed")
    void badCriteriaAndPaging() {
        given().auth().oauth2(MANAGER).queryParam("status", "lost").queryParam("limit", "abc").get("/api/allocations/co-allocations")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("status"))
                .body("violations.field", hasItem("limit"));
        given().auth().oauth2(MANAGER).queryParam("on", "someday").queryParam("offset", "-1").get("/api/allocations/workers")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("on"))
                .body("violations.field", hasItem("offset"));
    }

    @Test
    @DisplayName("Open requests page soonest due first, with the total and the links; another authority's are not counted")
    void openRequests() throws SQLException {
        String team = "team-" + UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(request("wokingham", team, TestClock.now().plusSeconds(3600L * (i + 1))).toString());
        }
        // due sooner than all of wokingham's: listed first if the authority were not applied
        String theirs = request(OTHER, team, TestClock.now()).toString();
        request(OTHER, team, TestClock.now().plusSeconds(60)).toString();

        Response first = page("/api/allocations/allocation-requests?team=" + team, 0, 2);
        assertThat(first.jsonPath().getList("id", String.class)).containsExactlyElementsOf(mine.subList(0, 2));
        assertThat(first.header("X-Total-Count")).isEqualTo("5");
        assertThat(first.header("Link")).isEqualTo("<?team=" + team + "&offset=2&limit=2>; rel=\"next\"");

        Response middle = page("/api/allocations/allocation-requests?team=" + team, 2, 2);
        assertThat(middle.jsonPath().getList("id", String.class)).containsExactlyElementsOf(mine.subList(2, 4));
        assertThat(middle.header("Link")).contains("<?team=" + team + "&offset=4&limit=2>; rel=\"next\"")
                .contains("<?team=" + team + "&offset=0&limit=2>; rel=\"prev\"");

        Response last = page("/api/allocations/allocation-requests?team=" + team, 4, 2);
        assertThat(last.jsonPath().getList("id", String.class)).containsExactly(mine.get(4));
        assertThat(last.header("X-Total-Count")).isEqualTo("5");
        assertThat(last.header("Link")).isEqualTo("<?team=" + team + "&offset=2&limit=2>; rel=\"prev\"");

        Response theirView = given().auth().oauth2(TestTokens.token(OTHER, "team-manager")).queryParam("team", team)
                .get("/api/allocations/allocation-requests");
        assertThat(theirView.header("X-Total-Count")).isEqualTo("2");
        assertThat(theirView.jsonPath().getList("id", String.class)).contains(theirs).doesNotContainAnyElementsOf(mine);
        assertThat(theirView.header("Link")).isNull();
    }

    @Test
    @DisplayName("Co-allocations page oldest first; another authority's are neither listed nor counted")
    void coAllocations() throws SQLException {
        String team = "team-" + UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(coAllocation("wokingham", team).toString());
        }
        String theirs = coAllocation(OTHER, team).toString();
        long total = Rows.count(dataSource, "select count(*) from co_allocation where authority = 'wokingham' and status = 'RAISED'");

        List<String> listed = new ArrayList<>();
        for (Response page : Pages.every(offset -> page("/api/allocations/co-allocations?status=raised", offset, 2), 2)) {
            assertThat(page.header("X-Total-Count")).isEqualTo(Long.toString(total));
            listed.addAll(page.jsonPath().getList("id", String.class));
        }
        assertThat(listed).hasSize((int) total).doesNotHaveDuplicates().containsAll(mine).doesNotContain(theirs);
    }

    @Test
    @DisplayName("A team's workers page by name; another authority's workers in a team of the same name are not counted")
    void workers() throws SQLException {
        String team = "team-" + UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        for (String name : List.of("Ann", "Bea", "Cal")) {
            mine.add(worker("wokingham", team, name).toString());
        }
        String theirs = worker(OTHER, team, "Aaron").toString();

        Response first = page("/api/allocations/workers?team=" + team, 0, 2);
        assertThat(first.jsonPath().getList("id", String.class)).containsExactlyElementsOf(mine.subList(0, 2));
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link")).isEqualTo("<?team=" + team + "&offset=2&limit=2>; rel=\"next\"");
        Response second = page("/api/allocations/workers?team=" + team, 2, 2);
        assertThat(second.jsonPath().getList("id", String.class)).containsExactly(mine.get(2)).doesNotContain(theirs);
        assertThat(second.header("Link")).isEqualTo("<?team=" + team + "&offset=0&limit=2>; rel=\"prev\"");

        // the team appears once in wokingham's teams, counted with its 3 workers only
        List<Object> teams = new ArrayList<>();
        for (Response page : Pages.every(offset -> page("/api/allocations/teams", offset, 50), 50)) {
            teams.addAll(page.jsonPath().getList("findAll { it.team == '" + team + "' }.workers"));
        }
        assertThat(teams).containsExactly(3);
    }

    private static Response page(String path, int offset, int limit) {
        Response page = given().auth().oauth2(MANAGER).queryParam("offset", offset).queryParam("limit", limit).get(path);
        page.then().statusCode(200);
        return page;
    }

    private UUID request(String authority, String team, Instant dueAt) throws SQLException {
        UUID caseId = childCase(authority, team);
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, """
                insert into allocation_request (id, authority, case_id, kind, order_id, case_kind, team, due_date, due_at, policy_version,
                                                status, requested_at)
                values (?, ?, ?, 'ORDER', ?, 'youth-rehabilitation-order', ?, ?::date, ?, 'test@1', 'OPEN', ?)""",
                id, authority, caseId, UUID.randomUUID(), team, dueAt.toString().substring(0, 10), Timestamp.from(dueAt),
                Timestamp.from(TestClock.now()));
        return id;
    }

    private UUID coAllocation(String authority, String team) throws SQLException {
        UUID caseId = childCase(authority, team);
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, """
                insert into co_allocation (id, authority, case_id, case_manager_id, reason, raised_at, status)
                values (?, ?, ?, ?, 'risk re-assessed high', ?, 'RAISED')""",
                id, authority, caseId, worker(authority, team, "Case Manager"), Timestamp.from(TestClock.now()));
        return id;
    }

    private UUID worker(String authority, String team, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, """
                insert into worker (id, authority, name, team, locality, grade, gender_identity, contracted_hours, active, changed_by,
                                    changed_at, version)
                values (?, ?, ?, ?, 'east', 'BAND_B', 'female', 37, true, 'paging-test', now(), 0)""", id, authority, name, team);
        return id;
    }

    private UUID childCase(String authority, String team) throws SQLException {
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, "insert into child_case (id, authority, reference, team) values (?, ?, ?, ?)", id, authority,
                "YJ-" + id.toString().substring(0, 6), team);
        return id;
    }
}
