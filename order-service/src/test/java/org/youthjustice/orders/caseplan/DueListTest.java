package org.youthjustice.orders.caseplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.allocation;
import static org.youthjustice.orders.CaseFixtures.awaitAllocation;
import static org.youthjustice.orders.CaseFixtures.publish;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.orders.PageLinks;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class DueListTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private SentencedCase allocated(String authority, String start, String end, UUID worker, String team) {
        SentencedCase sentenced = sentencedYro(authority, start, end);
        EventEnvelope event = allocation(sentenced, worker, team, TestClock.now());
        publish(kafka, event);
        awaitAllocation(sentenced, event.dataAs(CaseAllocated.class).allocationId());
        return sentenced;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String worker(String authority, UUID id, String team, String... roles) {
        return TestTokens.forSubject(id.toString()).authority(authority).team(team).roles(roles).sign();
    }

    @Test
    @DisplayName("Due lists: my milestones soonest first, narrowed by due date, status and rule")
    void myDueList() {
        // one order's milestones past due, the other's (from June 2027) to come
        TestClock.today("2026-11-24");
        UUID me = UUID.randomUUID();
        String team = "team-" + UUID.randomUUID();
        SentencedCase overdue = allocated("wokingham", "2026-01-05", "2027-01-04", me, team);
        SentencedCase later = allocated("wokingham", "2027-06-01", "2028-05-31", me, team);
        String token = worker("wokingham", me, team, "case-worker");

        List<Map<String, Object>> mine = as(token).get("/api/orders/milestones").then().statusCode(200)
                .extract().jsonPath().getList("$");
        // MIL-2 (from each allocation), MIL-4 to MIL-7 and arranging the exit interview (MIL-11) from each order
        assertThat(mine).hasSize(12);
        List<String> dueDates = mine.stream().map(line -> (String) ((Map<?, ?>) line.get("milestone")).get("dueDate")).toList();
        assertThat(dueDates).isSorted();
        assertThat(mine.get(0)).containsEntry("caseReference", CaseFixtures.view("wokingham", overdue.caseId()).getString("reference"));

        as(token).queryParam("status", "overdue").get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.rule", containsInAnyOrder("MIL-4", "MIL-5", "MIL-6", "MIL-7"))
                .body("milestone.caseId", everyItem(equalTo(overdue.caseId().toString())))
                .body("milestone.status", everyItem(equalTo("overdue")));
        as(token).queryParam("from", "2027-06-01").queryParam("to", "2027-06-30").get("/api/orders/milestones").then()
                .statusCode(200).body("milestone.rule", contains("MIL-4", "MIL-6", "MIL-5"))
                .body("milestone.dueDate", contains("2027-06-16", "2027-06-22", "2027-06-29"));
        as(token).queryParam("rule", "mil-7").queryParam("status", "due").get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.caseId", contains(later.caseId().toString()));
        as(token).queryParam("limit", "3").get("/api/orders/milestones").then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    @DisplayName("Due lists: a team's list, and the authority's for managers only; another authority's never")
    void teamAndAuthorityDueLists() {
        String team = "team-" + UUID.randomUUID();
        SentencedCase held = allocated("rutland", "2026-01-05", "2027-01-04", UUID.randomUUID(), team);

        as(worker("rutland", UUID.randomUUID(), team, "case-worker")).queryParam("scope", "team").get("/api/orders/milestones")
                .then().statusCode(200).body("$", hasSize(6)).body("milestone.team", everyItem(equalTo(team)));
        as(TestTokens.token("rutland", "team-manager")).queryParam("scope", "team").queryParam("team", team)
                .get("/api/orders/milestones").then().statusCode(200).body("$", hasSize(6));
        as(TestTokens.token("rutland", "service-manager")).queryParam("scope", "authority").queryParam("limit", "500")
                .get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.caseId", org.hamcrest.Matchers.hasItem(held.caseId().toString()));

        as(worker("rutland", UUID.randomUUID(), "another-team", "case-worker")).queryParam("scope", "team").queryParam("team", team)
                .get("/api/orders/milestones").then().statusCode(403).contentType(PROBLEM);
        as(worker("rutland", UUID.randomUUID(), team, "case-worker")).queryParam("scope", "authority")
                .get("/api/orders/milestones").then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.token("nottinghamshire", "service-manager")).queryParam("scope", "team").queryParam("team", team)
                .get("/api/orders/milestones").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @DisplayName("ALC-8: a manager lists the assessments and plans one worker is responsible for that fall due during their leave")
    void aWorkersMilestonesDuringTheirLeave() {
        UUID goingOnLeave = UUID.randomUUID();
        String team = "team-" + UUID.randomUUID();
        SentencedCase later = allocated("wokingham", "2027-06-01", "2028-05-31", goingOnLeave, team);
        allocated("wokingham", "2027-06-01", "2028-05-31", UUID.randomUUID(), team);

        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("worker", goingOnLeave.toString())
                .queryParam("from", "2027-06-01").queryParam("to", "2027-06-30").get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.rule", contains("MIL-4", "MIL-6", "MIL-5"))
                .body("milestone.caseId", everyItem(equalTo(later.caseId().toString())))
                .body("milestone.responsibleWorker", everyItem(equalTo(goingOnLeave.toString())));
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("worker", "erin")
                .get("/api/orders/milestones").then().statusCode(400).body("violations.field", contains("worker"));
    }

    @Test
    @DisplayName("Due lists page in due order: limit, offset, the total and the links; another authority's never counted")
    void dueListsPage() {
        UUID me = UUID.randomUUID();
        String team = "team-" + UUID.randomUUID();
        allocated("wokingham", "2026-01-05", "2027-01-04", me, team);
        String token = worker("wokingham", me, team, "case-worker");

        io.restassured.response.Response first = as(token).queryParam("limit", "4").get("/api/orders/milestones");
        first.then().statusCode(200).header("X-Total-Count", "6").body("$", hasSize(4));
        assertThat(PageLinks.of(first)).containsOnlyKeys("next");
        assertThat(PageLinks.of(first).get("next")).containsExactlyInAnyOrder("offset=4", "limit=4");
        io.restassured.response.Response second = as(token).queryParam("limit", "4").queryParam("offset", "4")
                .get("/api/orders/milestones");
        second.then().statusCode(200).header("X-Total-Count", "6").body("$", hasSize(2));
        assertThat(PageLinks.of(second)).containsOnlyKeys("prev");
        assertThat(PageLinks.of(second).get("prev")).containsExactlyInAnyOrder("offset=0", "limit=4");
        List<String> ids = new java.util.ArrayList<>(first.jsonPath().getList("milestone.id"));
        ids.addAll(second.jsonPath().getList("milestone.id"));
        List<String> whole = as(token).get("/api/orders/milestones").then().statusCode(200).header("X-Total-Count", "6")
                .extract().jsonPath().getList("milestone.id");
        assertThat(ids).containsExactlyElementsOf(whole);
        // the team's list and the authority's, narrowed to this worker, count the same six
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "team").queryParam("team", team)
                .queryParam("limit", "1").get("/api/orders/milestones").then().statusCode(200).header("X-Total-Count", "6")
                .body("$", hasSize(1));
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("worker", me.toString())
                .queryParam("limit", "2").get("/api/orders/milestones").then().statusCode(200).header("X-Total-Count", "6")
                .body("milestone.id", contains(whole.get(0), whole.get(1)));

        // the same worker id, the same team name, in another authority: nothing listed, nothing counted
        as(worker("nottinghamshire", me, team, "case-worker")).get("/api/orders/milestones").then().statusCode(200)
                .header("X-Total-Count", "0").body("$", hasSize(0));
        as(TestTokens.token("nottinghamshire", "service-manager")).queryParam("scope", "team").queryParam("team", team)
                .get("/api/orders/milestones").then().statusCode(200).header("X-Total-Count", "0").body("$", hasSize(0));
        as(TestTokens.token("nottinghamshire", "service-manager")).queryParam("scope", "authority")
                .queryParam("worker", me.toString()).get("/api/orders/milestones").then().statusCode(200)
                .header("X-Total-Count", "0");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "offset {0}, limit {1}: 400 naming {2}")
    @org.junit.jupiter.params.provider.CsvSource({ "0, abc, limit", "0, 0, limit", "0, -1, limit", "0, 501, limit",
            "abc, 10, offset", "-1, 10, offset", "100001, 10, offset" })
    void badPagingIsNamed(String offset, String limit, String field) {
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("offset", offset)
                .queryParam("limit", limit).get("/api/orders/milestones").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains(field));
    }

    @Test
    void badCriteriaAreListed() {
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "everyone").queryParam("status", "late")
                .queryParam("from", "yesterday").queryParam("limit", "0").get("/api/orders/milestones").then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("scope", "status", "from", "limit"));
        // a manager whose token names no team must name the team
        as(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "team").get("/api/orders/milestones").then()
                .statusCode(400).body("violations.field", contains("team"));
    }

    @Test
    @DisplayName("A milestone that does not apply is closed with its reason, leaves the due list, and cannot be closed twice")
    void notApplicableWithAReason() {
        UUID me = UUID.randomUUID();
        SentencedCase sentenced = allocated("wokingham", "2026-01-05", "2027-01-04", me, "team-" + UUID.randomUUID());
        String token = worker("wokingham", me, "any", "case-worker");
        String visit = CaseFixtures.milestones(sentenced, "first-home-visit").get(0).get("id").toString();
        String path = "/api/orders/milestones/" + visit + "/not-applicable";

        as(token).contentType(ContentType.JSON).body(Map.of("reason", " ")).post(path).then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.token("nottinghamshire", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("reason", "placed out of area")).post(path).then().statusCode(404).contentType(PROBLEM);
        as(token).contentType(ContentType.JSON).body(Map.of("reason", "Placed out of area; the host YOT visits."))
                .post(path).then().statusCode(200).body("status", equalTo("not-applicable"))
                .body("notApplicableReason", equalTo("Placed out of area; the host YOT visits."));
        as(token).contentType(ContentType.JSON).body(Map.of("reason", "again, please")).post(path).then().statusCode(409)
                .contentType(PROBLEM);

        as(token).queryParam("rule", "MIL-4").get("/api/orders/milestones").then().statusCode(200).body("$", hasSize(0));
        // nothing else was started from it: a milestone that did not apply has no next one
        assertThat(CaseFixtures.milestones(sentenced, "home-visit")).isEmpty();
    }

    @Test
    void casePlanStepsWithTheirOwnRecordsAreNotCompletedByStatement() {
        UUID me = UUID.randomUUID();
        SentencedCase sentenced = allocated("wokingham", "2026-01-05", "2027-01-04", me, "team-" + UUID.randomUUID());
        String visit = CaseFixtures.milestones(sentenced, "first-home-visit").get(0).get("id").toString();

        as(worker("wokingham", me, "any", "case-worker")).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-01-10", "note", "visited")).post("/api/orders/milestones/" + visit + "/completion")
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("MIL-4"));
    }
}
