package org.youthjustice.victims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.victims.VictimRequests.PROBLEM;
import static org.youthjustice.victims.VictimRequests.REASON;
import static org.youthjustice.victims.VictimRequests.ROOT;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.youthjustice.testing.Pages;
import org.youthjustice.testing.Rows;
import org.youthjustice.testing.TestClock;

/**
 * Issue 19: every list pages (offset, limit; X-Total-Count; Link next/prev), bad paging is a 400 problem naming the
 * field, and another authority's rows are neither listed nor counted. The cases, victims and tasks are written straight
 * to the database, in wokingham and in bracknell-forest, so that each list holds a known number of each.
 */
@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class PagingTest {
    private static final String OTHER = "bracknell-forest";

    @Inject
    AgroalDataSource dataSource;

    /** Every list of the service with a token allowed to read it (the paging is checked before the victim or case). */
    private static Map<String, String> lists() {
        UUID someone = UUID.randomUUID();
        return Map.of(ROOT + "/tasks?scope=authority", VictimRequests.rjWorker("wokingham"),
                ROOT + "/tasks?scope=mine", VictimRequests.rjWorker("wokingham"),
                ROOT + "/audit", VictimRequests.teamManager("wokingham"),
                ROOT + "/cases/" + someone, VictimRequests.rjWorker("wokingham"),
                ROOT + "/victims/" + someone + "/consent", VictimRequests.rjWorker("wokingham"),
                ROOT + "/victims/" + someone + "/contacts", VictimRequests.rjWorker("wokingham"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "0", "-1", "100001" })
    @DisplayName("A limit that is not a whole number in range is a 400 problem naming limit, on every list")
    void badLimit(String limit) {
        lists().forEach((list, token) -> given().auth().oauth2(token).header(REASON, "paging").queryParam("limit", limit).get(list)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("limit")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "-1", "100001" })
    @DisplayName("An offset that is not a whole number in range is a 400 problem naming offset, on every list")
    void badOffset(String offset) {
        lists().forEach((list, token) -> given().auth().oauth2(token).header(REASON, "paging").queryParam("offset", offset).get(list)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("offset")));
    }

    @Test
    @DisplayName("An unknown scope and bad paging are answered together, each field listed")
    void badScopeAndPaging() {
        given().auth().oauth2(VictimRequests.rjWorker("wokingham")).queryParam("scope", "everyone").queryParam("limit", "abc")
                .get(ROOT + "/tasks").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("scope"))
                .body("violations.field", hasItem("limit"));
    }

    @Test
    @DisplayName("My open tasks page soonest due first, with the total and the links; another authority's are not counted")
    void myTasks() throws SQLException {
        UUID me = UUID.randomUUID();
        UUID caseId = victimCase("wokingham", me);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(task("wokingham", caseId, victim("wokingham", caseId), TestClock.now().plusSeconds(3600L * (i + 1))).toString());
        }
        // the same worker's id on a case of another authority, due sooner: listed first if the authority were not applied
        UUID theirCase = victimCase(OTHER, me);
        String theirs = task(OTHER, theirCase, victim(OTHER, theirCase), TestClock.now()).toString();
        String token = VictimRequests.rjWorker(me, "wokingham");

        Response first = page(token, ROOT + "/tasks?scope=mine", 0, 2);
        assertThat(first.jsonPath().getList("id", String.class)).containsExactlyElementsOf(mine.subList(0, 2));
        assertThat(first.header("X-Total-Count")).isEqualTo("5");
        assertThat(first.header("Link")).isEqualTo("<?scope=mine&offset=2&limit=2>; rel=\"next\"");

        Response middle = page(token, ROOT + "/tasks?scope=mine", 2, 2);
        assertThat(middle.jsonPath().getList("id", String.class)).containsExactlyElementsOf(mine.subList(2, 4));
        assertThat(middle.header("Link")).contains("<?scope=mine&offset=4&limit=2>; rel=\"next\"")
                .contains("<?scope=mine&offset=0&limit=2>; rel=\"prev\"");

        Response last = page(token, ROOT + "/tasks?scope=mine", 4, 2);
        assertThat(last.jsonPath().getList("id", String.class)).containsExactly(mine.get(4)).doesNotContain(theirs);
        assertThat(last.header("Link")).isEqualTo("<?scope=mine&offset=2&limit=2>; rel=\"prev\"");

        Response theirView = page(VictimRequests.rjWorker(me, OTHER), ROOT + "/tasks?scope=mine", 0, 10);
        assertThat(theirView.jsonPath().getList("id", String.class)).containsExactly(theirs);
        assertThat(theirView.header("X-Total-Count")).isEqualTo("1");
        assertThat(theirView.header("Link")).isNull();
    }

    @Test
    @DisplayName("The authority's open tasks: every page counts the authority's tasks only, and never lists another's")
    void authorityTasks() throws SQLException {
        UUID caseId = victimCase("wokingham", null);
        List<String> mine = List.of(task("wokingham", caseId, victim("wokingham", caseId), TestClock.now()).toString());
        UUID theirCase = victimCase(OTHER, null);
        String theirs = task(OTHER, theirCase, victim(OTHER, theirCase), TestClock.now()).toString();
        long total = Rows.count(dataSource, "select count(*) from victim_task where authority = 'wokingham' and status = 'OPEN'");
        String token = VictimRequests.rjWorker("wokingham");

        List<String> listed = new ArrayList<>();
        for (Response page : Pages.every(offset -> page(token, ROOT + "/tasks?scope=authority", offset, 3), 3)) {
            assertThat(page.header("X-Total-Count")).isEqualTo(Long.toString(total));
            listed.addAll(page.jsonPath().getList("id", String.class));
        }
        assertThat(listed).hasSize((int) total).doesNotHaveDuplicates().containsAll(mine).doesNotContain(theirs);
    }

    @Test
    @DisplayName("A case's victims page; the audit trail of a victim with none is an empty page")
    void caseVictims() throws SQLException {
        UUID caseId = victimCase("wokingham", null);
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            victims.add(victim("wokingham", caseId).toString());
        }
        String token = VictimRequests.rjWorker("wokingham");
        Response first = page(token, ROOT + "/cases/" + caseId, 0, 2);
        assertThat(first.jsonPath().getList("victimRef", String.class)).hasSize(2);
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link")).isEqualTo("<?offset=2&limit=2>; rel=\"next\"");
        Response second = page(token, ROOT + "/cases/" + caseId, 2, 2);
        assertThat(second.header("Link")).isEqualTo("<?offset=0&limit=2>; rel=\"prev\"");
        List<String> listed = new ArrayList<>(first.jsonPath().getList("victimRef", String.class));
        listed.addAll(second.jsonPath().getList("victimRef", String.class));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(victims);

        given().auth().oauth2(VictimRequests.rjWorker(OTHER)).get(ROOT + "/cases/" + caseId).then().statusCode(404);

        Response trail = page(VictimRequests.teamManager("wokingham"), ROOT + "/audit?victimRef=" + UUID.randomUUID(), 0, 10);
        assertThat(trail.jsonPath().getList("$")).isEmpty();
        assertThat(trail.header("X-Total-Count")).isEqualTo("0");
        assertThat(trail.header("Link")).isNull();
    }

    private static Response page(String token, String path, int offset, int limit) {
        Response page = given().auth().oauth2(token).queryParam("offset", offset).queryParam("limit", limit).get(path);
        page.then().statusCode(200);
        return page;
    }

    private UUID victimCase(String authority, UUID rjWorker) throws SQLException {
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, "insert into victim_case (case_id, authority, rj_worker) values (?, ?, ?)", id, authority, rjWorker);
        return id;
    }

    private UUID victim(String authority, UUID caseId) throws SQLException {
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, """
                insert into victim (id, authority, case_id, direct_victim, referred_by, consent_to_contact, created_at)
                values (?, ?, ?, true, 'police', true, ?)""", id, authority, caseId, Timestamp.from(TestClock.now()));
        return id;
    }

    private UUID task(String authority, UUID caseId, UUID victimId, Instant dueAt) throws SQLException {
        UUID id = UUID.randomUUID();
        Rows.update(dataSource, """
                insert into victim_task (id, authority, victim_id, case_id, purpose, rule, trigger, triggered_at, time_limit, due_date,
                                         due_at, policy_version, status)
                values (?, ?, ?, ?, 'SENTENCE_OUTCOME', 'VIC-1', 'the sentence', ?, '5 working-days', ?::date, ?, 'test@1', 'OPEN')""",
                id, authority, victimId, caseId, Timestamp.from(TestClock.now()), dueAt.toString().substring(0, 10), Timestamp.from(dueAt));
        return id;
    }
}
