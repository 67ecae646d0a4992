package org.youthjustice.allocation.internaltransfer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.AllocationScenario;
import org.youthjustice.allocation.AllocationServiceInfrastructure;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.events.orders.Mappa;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class InternalTransferTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private AllocationScenario scenario;

    /** Two locality teams: Dan (male, Band B) and Amira (female, Band B) in the east; Nia (female, Band B), Ned (male, Band A) and Sid (a student) in the north. */
    private record Teams(String east, String north, UUID dan, UUID amira, UUID nia, UUID ned, UUID sid) {
        String manager(String team) {
            return TestTokens.forSubject("manager-" + UUID.randomUUID()).authority("wokingham").team(team).roles("team-manager").sign();
        }

        String caseWorker(UUID worker) {
            return TestTokens.forSubject(worker.toString()).authority("wokingham").roles("case-worker").sign();
        }
    }

    @BeforeEach
    void scenario() {
        scenario = new AllocationScenario(kafka);
    }

    private static Teams teams() {
        String east = "east-" + UUID.randomUUID();
        String north = "north-" + UUID.randomUUID();
        return new Teams(east, north, AllocationScenario.worker(east, "Dan Price", "band-b", "male"),
                AllocationScenario.worker(east, "Amira Hussain", "band-b", "female"),
                AllocationScenario.worker(north, "Nia Evans", "band-b", "female"), AllocationScenario.worker(north, "Ned Shaw", "band-a", "male"),
                AllocationScenario.worker(north, "Sid Patel", "student", "male"));
    }

    /** A boy's medium-risk order in the east team, allocated to Dan. */
    private UUID dansCase(Teams teams) {
        UUID caseId = UUID.randomUUID();
        AllocationScenario.decide(scenario.order(teams.east(), caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM), teams.dan(), null)
                .then().statusCode(201);
        return caseId;
    }

    private static Response propose(String token, UUID caseId, String toTeam, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("toTeam", toTeam, "reason", reason))
                .post("/api/allocations/cases/" + caseId + "/internal-transfers");
    }

    private static Response step(String token, String transfer, String step, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/allocations/internal-transfers/" + transfer + "/" + step);
    }

    private static LocalDate today() {
        return TestClock.today();
    }

    /** The due date the authority's policy gives from now (the calendar itself is proven in TransferStepsTest). */
    private static LocalDate dueFromNow(String key) {
        return new DeadlineCalculator(WorkingDayCalendar.englandAndWales())
                .deadline(PolicyCatalogue.withDefaults(Map.of()).policyOf("wokingham"), key, TestClock.now()).dueDate();
    }

    private static float held(UUID worker) {
        return given().auth().oauth2(AllocationScenario.MANAGER).get("/api/allocations/workers/" + worker).jsonPath()
                .getFloat("capacity.held");
    }

    @Test
    @DisplayName("ALC-10: the receiving team's allocation is due 2 working days after the transfer is agreed: on time "
            + "up to the end of that day, overdue the morning after")
    void theAllocationFallsOverdueAfterItsDueDate() {
        // agreed on Wednesday 23 December 2026: Christmas Eve is the first working day after it; Christmas Day, the
        // weekend and Boxing Day's substitute (Monday 28th) put the second on Tuesday 29th
        TestClock.set(LocalDate.parse("2026-12-23"), LocalTime.of(11, 0));
        Teams teams = teams();
        UUID caseId = dansCase(teams);
        String eastManager = teams.manager(teams.east());
        String transfer = propose(teams.caseWorker(teams.dan()), caseId, teams.north(), "Moved to the north for good.")
                .then().statusCode(201).extract().path("id");
        step(eastManager, transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(200)
                .body("allocationDueDate", equalTo("2026-12-29")).body("next.overdue", equalTo(false));

        TestClock.set(LocalDate.parse("2026-12-29"), LocalTime.of(23, 0));
        given().auth().oauth2(eastManager).get("/api/allocations/internal-transfers/" + transfer).then().statusCode(200)
                .body("next.step", equalTo("allocation to a worker of the receiving team")).body("next.overdue", equalTo(false));
        TestClock.set(LocalDate.parse("2026-12-30"), LocalTime.of(9, 0));
        given().auth().oauth2(eastManager).get("/api/allocations/internal-transfers/" + transfer).then().statusCode(200)
                .body("next.dueDate", equalTo("2026-12-29")).body("next.overdue", equalTo(true));
    }

    @Test
    @DisplayName("ALC-10: proposed by the case manager, endorsed by their manager, allocated by the receiving team's manager "
            + "(due in 2 working days), transferred at the three-way meeting (due in 5): until it is held with the child the "
            + "old team stays responsible; then internal-transfer.completed and the caseloads move")
    void transferBetweenLocalityTeams() {
        Teams teams = teams();
        UUID caseId = dansCase(teams);
        String eastManager = teams.manager(teams.east());
        String northManager = teams.manager(teams.north());

        propose(teams.caseWorker(teams.amira()), caseId, teams.north(), "not mine").then().statusCode(403).contentType(PROBLEM);
        String transfer = propose(teams.caseWorker(teams.dan()), caseId, teams.north(),
                "Moved for good to his grandmother's in the north (home visit done); 10 months left; he wants a worker near home.")
                .then().statusCode(201).body("status", equalTo("proposed")).body("next.by", equalTo(teams.east()))
                .body("responsibleWorkerId", equalTo(teams.dan().toString())).body("responsibleTeam", equalTo(teams.east()))
                .extract().path("id");

        step(northManager, transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(403);
        step(eastManager, transfer, "endorsement", Map.of("decision", "endorsed", "note", "Agreed in supervision.")).then()
                .statusCode(200).body("status", equalTo("endorsed"))
                .body("allocationDueDate", equalTo(dueFromNow("ALC-10-allocation").toString()))
                .body("next.step", equalTo("allocation to a worker of the receiving team")).body("next.overdue", equalTo(false));
        step(eastManager, transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(409);

        step(eastManager, transfer, "allocation", Map.of("workerId", teams.nia().toString())).then().statusCode(403);
        step(northManager, transfer, "allocation", Map.of("workerId", teams.sid().toString())).then().statusCode(422)
                .body("violations[0].rule", equalTo("ALC-7"));
        step(northManager, transfer, "allocation", Map.of("workerId", teams.amira().toString())).then().statusCode(422)
                .body("violations[0].rule", equalTo("ALC-10"));
        given().auth().oauth2(northManager).get("/api/allocations/internal-transfers/" + transfer + "/candidates").then()
                .statusCode(200).body("candidates.name", hasItem("Nia Evans")).body("excluded.name", hasItem("Sid Patel"));
        step(northManager, transfer, "allocation", Map.of("workerId", teams.ned().toString())).then().statusCode(200)
                .body("status", equalTo("allocated")).body("toWorkerId", equalTo(teams.ned().toString()))
                .body("meetingDueDate", equalTo(dueFromNow("ALC-10-meeting").toString())).body("allocatedLate", equalTo(false))
                .body("responsibleWorkerId", equalTo(teams.dan().toString()));

        // until the meeting Dan holds the case: no reallocation meanwhile, nor to another team ever
        given().auth().oauth2(eastManager).contentType(ContentType.JSON).body(Map.of("currentCaseManager", teams.dan().toString(),
                "workerId", teams.amira().toString(), "reason", "cover")).post("/api/allocations/cases/" + caseId + "/reallocation")
                .then().statusCode(409);
        step(teams.caseWorker(teams.ned()), transfer, "meeting", Map.of("heldOn", today().toString(), "outcome", "child-did-not-attend",
                "note", "He did not come; rearranged for Friday.")).then().statusCode(200).body("status", equalTo("allocated"))
                .body("meetingsNotHeld", equalTo(1)).body("responsibleTeam", equalTo(teams.east()));
        assertThat(held(teams.dan())).isEqualTo(4.5f);
        assertThat(held(teams.ned())).isEqualTo(0.0f);

        step(teams.caseWorker(teams.ned()), transfer, "meeting", Map.of("heldOn", today().toString(), "outcome", "held",
                "note", "Introduced; contact arrangements confirmed.")).then().statusCode(200).body("status", equalTo("completed"))
                .body("formalTransferDate", equalTo(today().toString())).body("responsibleTeam", equalTo(teams.north()))
                .body("responsibleWorkerId", equalTo(teams.ned().toString())).body("next", nullValue());
        step(northManager, transfer, "meeting", Map.of("heldOn", today().toString(), "outcome", "held")).then().statusCode(409);

        InternalTransferCompleted completed = scenario.allocationEvent("internal-transfer.completed", caseId)
                .dataAs(InternalTransferCompleted.class);
        assertThat(completed.fromTeam()).isEqualTo(teams.east());
        assertThat(completed.toTeam()).isEqualTo(teams.north());
        assertThat(completed.formalTransferDate()).isEqualTo(today());
        assertThat(completed.caseManager().workerId()).isEqualTo(teams.ned());
        // a youth rehabilitation order 3 × medium 1.5 moves from Dan's caseload to Ned's
        assertThat(held(teams.dan())).isEqualTo(0.0f);
        assertThat(held(teams.ned())).isEqualTo(4.5f);
        given().auth().oauth2(eastManager).contentType(ContentType.JSON).body(Map.of("currentCaseManager", teams.ned().toString(),
                "workerId", teams.amira().toString(), "reason", "back east")).post("/api/allocations/cases/" + caseId + "/reallocation")
                .then().statusCode(422).body("violations[0].rule", equalTo("ALC-10"));
        given().auth().oauth2(teams.caseWorker(teams.ned())).get("/api/allocations/cases/" + caseId + "/internal-transfers").then()
                .statusCode(200).body("id", equalTo(List.of(transfer)));
    }

    @Test
    @DisplayName("ALC-10: a child at MAPPA level 2 needs the MAPPA meeting's endorsement before the receiving team allocates; "
            + "enforcement under way (compliance's enforcement.started) blocks the transfer until enforcement.finished; a "
            + "redelivered event is applied once")
    void mappaEndorsementAndEnforcement() {
        Teams teams = teams();
        UUID caseId = dansCase(teams);
        String eastManager = teams.manager(teams.east());
        String northManager = teams.manager(teams.north());
        String transfer = propose(eastManager, caseId, teams.north(), "Placed with foster carers in the north, long term.")
                .then().statusCode(201).body("mappaEndorsementRequired", equalTo(false)).extract().path("id");
        step(eastManager, transfer, "mappa-endorsement", Map.of("meetingOn", today().toString())).then().statusCode(409);

        scenario.publish("wokingham", caseId, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, null, new Mappa(2, 2), true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(eastManager)
                .get("/api/allocations/internal-transfers/" + transfer).jsonPath().getBoolean("mappaEndorsementRequired"));
        step(teams.manager(teams.east()), transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(200)
                .body("next.step", equalTo("MAPPA endorsement (level 2)")).body("allocationDueDate", nullValue());
        step(northManager, transfer, "allocation", Map.of("workerId", teams.ned().toString())).then().statusCode(422)
                .contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-10"))
                .body("violations[0].field", equalTo("mappaEndorsement"));
        step(eastManager, transfer, "mappa-endorsement", Map.of("meetingOn", today().plusDays(1).toString())).then().statusCode(400)
                .body("violations[0].field", equalTo("meetingOn"));
        step(eastManager, transfer, "mappa-endorsement", Map.of("meetingOn", today().toString(), "note", "Level 2 meeting agreed."))
                .then().statusCode(200).body("mappaEndorsedOn", equalTo(today().toString()))
                .body("allocationDueDate", equalTo(dueFromNow("ALC-10-allocation").toString()));
        step(northManager, transfer, "allocation", Map.of("workerId", teams.ned().toString())).then().statusCode(200);

        UUID orderId = UUID.randomUUID();
        org.youthjustice.events.EventEnvelope started = scenario.publish("wokingham", caseId,
                new EnforcementStarted(orderId, "second-warning (CMP-4)"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(northManager)
                .get("/api/allocations/internal-transfers/" + transfer).jsonPath().getList("enforcementUnderWay").isEmpty());
        step(northManager, transfer, "meeting", Map.of("heldOn", today().toString(), "outcome", "held")).then().statusCode(422)
                .contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-10")).body("violations[0].field", equalTo("enforcement"));
        given().auth().oauth2(northManager).get("/api/allocations/internal-transfers/" + transfer).then()
                .body("status", equalTo("allocated")).body("responsibleWorkerId", equalTo(teams.dan().toString()));

        scenario.publish("wokingham", caseId, new EnforcementFinished(orderId, "breach withdrawn"));
        // enforcement.started delivered again after it finished changes nothing (the inbox): once a later event on the
        // same partition has been applied, only that one is under way
        scenario.redeliver(started);
        UUID another = UUID.randomUUID();
        scenario.publish("wokingham", caseId, new EnforcementStarted(another, "first-warning (CMP-3)"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(northManager)
                .get("/api/allocations/internal-transfers/" + transfer).jsonPath().getList("enforcementUnderWay.orderId")
                .contains(another.toString()));
        given().auth().oauth2(northManager).get("/api/allocations/internal-transfers/" + transfer).then()
                .body("enforcementUnderWay.orderId", equalTo(List.of(another.toString())));
        scenario.publish("wokingham", caseId, new EnforcementFinished(another, "order completed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(northManager)
                .get("/api/allocations/internal-transfers/" + transfer).jsonPath().getList("enforcementUnderWay").isEmpty());
        step(northManager, transfer, "meeting", Map.of("heldOn", today().toString(), "outcome", "held")).then().statusCode(200)
                .body("status", equalTo("completed"));
    }

    @Test
    @DisplayName("ALC-10, X-1: another authority's transfers are not found; no endorsing your own proposal; locality managers "
            + "not agreeing escalates to the service manager; bad input changes nothing; one transfer at a time; two "
            + "receiving managers allocating at once: one gets 409")
    void isolationEscalationBadInputAndConcurrency() {
        Teams teams = teams();
        UUID caseId = dansCase(teams);
        String eastManager = teams.manager(teams.east());
        String elsewhere = TestTokens.forSubject("manager-" + UUID.randomUUID()).authority("bracknell-forest").roles("team-manager").sign();

        propose(eastManager, caseId, teams.east(), "same team").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("toTeam"));
        propose(eastManager, caseId, "nowhere-" + UUID.randomUUID(), "no such team").then().statusCode(400)
                .body("violations[0].field", equalTo("toTeam"));
        propose(eastManager, caseId, teams.north(), " ").then().statusCode(400).body("violations[0].field", equalTo("reason"));
        propose(elsewhere, caseId, teams.north(), "not ours").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(eastManager).get("/api/allocations/cases/" + caseId + "/internal-transfers").then().statusCode(200)
                .body("size()", equalTo(0));

        String transfer = propose(eastManager, caseId, teams.north(), "Moved to the north.").then().statusCode(201).extract().path("id");
        propose(teams.caseWorker(teams.dan()), caseId, teams.north(), "again").then().statusCode(409);
        given().auth().oauth2(elsewhere).get("/api/allocations/internal-transfers/" + transfer).then().statusCode(404);
        step(elsewhere, transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/api/allocations/internal-transfers").then().statusCode(200)
                .body("id", not(hasItem(transfer)));
        given().auth().oauth2(teams.caseWorker(teams.amira())).get("/api/allocations/internal-transfers/" + transfer).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.token("wokingham", "senior-case-manager")).get("/api/allocations/internal-transfers/"
                + transfer).then().statusCode(200).body("status", equalTo("proposed"));
        given().auth().oauth2(eastManager).queryParam("status", "open").get("/api/allocations/internal-transfers").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));

        step(eastManager, transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(403);
        step(teams.manager(teams.east()), transfer, "endorsement", Map.of("decision", "maybe")).then().statusCode(400);
        step(teams.manager(teams.east()), transfer, "endorsement", Map.of("decision", "not-agreed", "note", "North team is full."))
                .then().statusCode(200).body("status", equalTo("escalated"));
        step(teams.manager(teams.east()), transfer, "endorsement", Map.of("decision", "endorsed")).then().statusCode(403);
        String serviceManager = TestTokens.forSubject("sm-" + UUID.randomUUID()).authority("wokingham").roles("service-manager").sign();
        given().auth().oauth2(serviceManager).queryParam("team", teams.north()).get("/api/allocations/internal-transfers").then()
                .statusCode(200).body("find { it.id == '" + transfer + "' }.status", equalTo("escalated"));
        step(serviceManager, transfer, "endorsement", Map.of("decision", "endorsed", "note", "Continuity matters less than "
                + "distance here.")).then().statusCode(200).body("status", equalTo("endorsed"));

        BiFunction<String, UUID, Integer> allocate = (token, worker) -> step(token, transfer, "allocation",
                Map.of("workerId", worker.toString())).statusCode();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> allocate.apply(teams.manager(teams.north()), teams.ned()));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> allocate.apply(teams.manager(teams.north()), teams.nia()));
        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(200, 409);

        step(teams.manager(teams.north()), transfer, "meeting", Map.of("heldOn", today().plusDays(1).toString(), "outcome", "held"))
                .then().statusCode(400).body("violations[0].field", equalTo("heldOn"));
        step(teams.caseWorker(teams.amira()), transfer, "withdrawal", Map.of("reason", "not mine")).then().statusCode(404);
        step(teams.caseWorker(teams.dan()), transfer, "withdrawal", Map.of("reason", "The family moved back east.")).then()
                .statusCode(200).body("status", equalTo("withdrawn")).body("responsibleWorkerId", equalTo(teams.dan().toString()));
        given().auth().oauth2(eastManager).queryParam("status", "closed").queryParam("team", teams.east())
                .get("/api/allocations/internal-transfers").then().statusCode(200).body("id", hasItem(transfer));
        propose(teams.caseWorker(teams.dan()), caseId, teams.north(), "Moved north again.").then().statusCode(201);
    }
}
