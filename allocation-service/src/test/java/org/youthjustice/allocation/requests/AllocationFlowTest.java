package org.youthjustice.allocation.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.AllocationScenario;
import org.youthjustice.allocation.AllocationServiceInfrastructure;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocationRequested;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.InterventionReferralAccepted;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.victims.VictimConsentRecorded;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class AllocationFlowTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = AllocationScenario.MANAGER;

    @InjectKafkaBroker
    KafkaBroker kafka;

    private AllocationScenario scenario;

    private record Team(String name, UUID amira, UUID beth, UUID dan, UUID erin) {
    }

    private static UUID worker(String team, String name, String grade, String gender) {
        return AllocationScenario.worker(team, name, grade, gender);
    }

    /** Four workers: Amira (female, Band B), Beth (female, Band B, on leave), Dan (male, Band B), Erin (female, Band A). */
    private static Team team() {
        String name = "team-" + UUID.randomUUID();
        Team team = new Team(name, worker(name, "Amira Hussain", "band-b", "female"), worker(name, "Beth Morgan", "band-b", "female"),
                worker(name, "Dan Price", "band-b", "male"), worker(name, "Erin Walsh", "band-a", "female"));
        LocalDate today = TestClock.today();
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "planned", "startsOn", today.minusDays(1).toString(), "endsOn", today.plusWeeks(2).toString()))
                .post("/api/allocations/workers/" + team.beth() + "/absences").then().statusCode(201);
        return team;
    }

    @BeforeEach
    void scenario() {
        scenario = new AllocationScenario(kafka);
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    /** Whether allocation-service's inbox has applied the event (the inbox records it in the effect's transaction). */
    private boolean processed(UUID eventId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from platform.processed_event where consumer = 'allocation-service' and event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    private void publish(String authority, UUID caseId, EventData data) {
        scenario.publish(authority, caseId, data);
    }

    /** A high-risk girl's youth rehabilitation order, routed to the team; the request it brings. */
    private String orderForAHighRiskGirl(Team team, UUID caseId, UUID orderId) {
        return order(team, caseId, orderId, "female", RiskLevel.HIGH);
    }

    private String order(Team team, UUID caseId, UUID orderId, String gender, RiskLevel rosh) {
        return scenario.order(team.name(), caseId, orderId, gender, rosh);
    }

    private EventEnvelope allocationEvent(String type, UUID caseId) {
        return scenario.allocationEvent(type, caseId);
    }

    private static Response decide(String request, UUID worker, String rationale) {
        return AllocationScenario.decide(request, worker, rationale);
    }

    @Test
    @DisplayName("ALC-2, ALC-3, ALC-5, ALC-12 through Kafka: order.made for a high-risk girl → a request proposing the "
            + "female Band B worker first → allocated → case.allocated; overrides need a rationale; the evidence is kept")
    void highRiskGirlIsAllocatedToAFemaleBandBWorker() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String request = orderForAHighRiskGirl(team, caseId, orderId);
        assertThat(kafka.readUntil(Topics.ALLOCATIONS, records -> records.stream().anyMatch(r -> r.value().contains(request)),
                Duration.ofSeconds(30)).stream().filter(r -> r.value().contains(request)).map(r -> EventJson.read(r.value()))
                .findFirst().orElseThrow().dataAs(AllocationRequested.class).team()).isEqualTo(team.name());

        JsonPath proposal = given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + request).then()
                .statusCode(200).body("request.caseKind", equalTo("youth-rehabilitation-order"))
                .body("request.caseReference", equalTo("YJ-" + caseId.toString().substring(0, 6)))
                .body("request.status", equalTo("open")).extract().jsonPath();
        // the meeting's list names each case by its reference, as the team knows it
        given().auth().oauth2(MANAGER).queryParam("caseId", caseId.toString()).get("/api/allocations/allocation-requests").then()
                .statusCode(200).body("caseReference", contains("YJ-" + caseId.toString().substring(0, 6)));
        assertThat(proposal.getString("proposal.candidates[0].name")).isEqualTo("Amira Hussain");
        assertThat(proposal.getList("proposal.candidates[0].breaks")).isEmpty();
        assertThat(proposal.getList("proposal.candidates.find { it.name == 'Dan Price' }.breaks.rule")).containsExactly("ALC-3");
        assertThat(proposal.getList("proposal.candidates.find { it.name == 'Erin Walsh' }.breaks.rule")).containsExactly("ALC-5");
        assertThat(proposal.getString("proposal.excluded.find { it.name == 'Beth Morgan' }.rule")).isEqualTo("ALC-2");

        decide(request, team.dan(), null).then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-3"));
        decide(request, team.beth(), "she is nearly back").then().statusCode(422).body("violations[0].rule", equalTo("ALC-2"));
        decide(request, UUID.randomUUID(), null).then().statusCode(400).body("violations[0].field", equalTo("workerId"));

        decide(request, team.amira(), null).then().statusCode(201).body("workerId", equalTo(team.amira().toString()))
                .body("rulesOverridden.size()", equalTo(0)).body("evidence.candidates[0].name", equalTo("Amira Hussain"))
                .body("evidence.excluded.rule", hasItem("ALC-2"));
        CaseAllocated allocated = allocationEvent("case.allocated", caseId).dataAs(CaseAllocated.class);
        assertThat(allocated.caseManager().workerId()).isEqualTo(team.amira());
        assertThat(allocated.caseManager().band()).isEqualTo("band-b");
        assertThat(allocated.orderId()).isEqualTo(orderId);

        decide(request, team.amira(), null).then().statusCode(409).contentType(PROBLEM);
        // the case now weighs in Amira's caseload: a youth rehabilitation order 3 × high risk 2
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + team.amira()).then().statusCode(200)
                .body("capacity.held", equalTo(6.0f)).body("capacity.percent", equalTo(15));
        // a reassessment weighs it anew
        publish("wokingham", caseId, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.VERY_HIGH, RiskLevel.MEDIUM,
                RiskLevel.HIGH, null, null, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).get("/api/allocations/workers/"
                + team.amira()).jsonPath().getFloat("capacity.held") == 7.5f);
    }

    @Test
    @DisplayName("ALC-3 override and ALC-12: a girl allocated to a male case manager after consulting her keeps the rule "
            + "overridden and the rationale; two managers deciding at once: one allocates, the other gets 409")
    void overrideWithRationaleAndConcurrentDecisions() {
        Team team = team();
        String request = orderForAHighRiskGirl(team, UUID.randomUUID(), UUID.randomUUID());
        decide(request, team.dan(), "Consulted Amy at court: she asked to keep Dan, who knows her family.").then().statusCode(201)
                .body("rulesOverridden", equalTo(List.of("ALC-3")))
                .body("rationale", equalTo("Consulted Amy at court: she asked to keep Dan, who knows her family."));

        String another = orderForAHighRiskGirl(team, UUID.randomUUID(), UUID.randomUUID());
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> decide(another, team.amira(), null).statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> decide(another, team.amira(), null).statusCode());
        assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    @DisplayName("X-1: another authority's requests are not found, not even by their case; ALC-4: the child's choice is recorded "
            + "with the discussion")
    void isolationAndTheChildsChoice() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        String request = orderForAHighRiskGirl(team, caseId, UUID.randomUUID());
        String elsewhere = TestTokens.token("bracknell-forest", "team-manager");
        given().auth().oauth2(MANAGER).queryParam("caseId", caseId.toString()).get("/api/allocations/allocation-requests").then()
                .statusCode(200).header("X-Total-Count", "1").body("id", contains(request));
        given().auth().oauth2(elsewhere).queryParam("caseId", caseId.toString()).get("/api/allocations/allocation-requests").then()
                .statusCode(200).header("X-Total-Count", "0").body("id", empty());
        given().auth().oauth2(MANAGER).queryParam("caseId", "case-1").queryParam("limit", "0").get("/api/allocations/allocation-requests")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", containsInAnyOrder("caseId", "limit"));
        given().auth().oauth2(elsewhere).get("/api/allocations/allocation-requests/" + request).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON).body(Map.of("workerId", team.amira().toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/api/allocations/allocation-requests").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(request)));
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/allocations/allocation-requests/" + request)
                .then().statusCode(403);

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("caseManagerGender", "someone"))
                .put("/api/allocations/allocation-requests/" + request + "/child-preference").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("caseManagerGender", "male", "discussion", "Asked at court; prefers a man."))
                .put("/api/allocations/allocation-requests/" + request + "/child-preference").then().statusCode(200)
                .body("childPreference", equalTo("male"));
        JsonPath proposal = given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + request).then()
                .statusCode(200).extract().jsonPath();
        assertThat(proposal.getString("proposal.candidates[0].name")).isEqualTo("Dan Price");
        assertThat(proposal.getList("proposal.candidates.find { it.name == 'Amira Hussain' }.breaks.rule")).containsExactly("ALC-4");
    }

    private String requestOf(String team, UUID caseId, String kind) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).queryParam("team", team)
                .get("/api/allocations/allocation-requests").jsonPath()
                .getString("find { it.caseId == '" + caseId + "' && it.kind == '" + kind + "' }.id") != null);
        return given().auth().oauth2(MANAGER).queryParam("team", team).get("/api/allocations/allocation-requests").jsonPath()
                .getString("find { it.caseId == '" + caseId + "' && it.kind == '" + kind + "' }.id");
    }

    @Test
    @DisplayName("ALC-9, MIL-14, MIL-15: a PSR for a child the team holds goes to that team with the worker who knows the "
            + "child first; a Crown Court committal is due within 48 hours; an accepted referral's allocation names it")
    void courtWorkAndInterventionReferrals() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        // a boy of medium risk: no rule asks for anyone in particular; Dan holds his order
        String order = order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        decide(order, team.dan(), null).then().statusCode(201);

        Instant hearing = TestClock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        kafka.publish(Topics.ORDERS, caseId.toString(), EventJson.write(EventEnvelope.wrap(new CourtOutcomeRecorded(UUID.randomUUID(),
                "Reading Youth Court", TestClock.today(), CourtOutcome.ADJOURNED_FOR_PSR, false, null), "order-service", hearing,
                "wokingham", caseId)));
        String psr = requestOf(team.name(), caseId, "psr");
        JsonPath proposal = given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + psr).then().statusCode(200)
                .body("request.caseKind", equalTo("psr")).extract().jsonPath();
        // Dan knows the child: first, ahead of Amira and Erin, who have more room
        assertThat(proposal.getString("proposal.candidates[0].name")).isEqualTo("Dan Price");
        assertThat(proposal.getList("proposal.candidates[0].reasons", String.class)).contains("knows the child from earlier work (ALC-9)");
        assertThat(proposal.getInt("proposal.candidates[0].capacityPercent"))
                .isGreaterThan(proposal.getInt("proposal.candidates.find { it.name == 'Amira Hussain' }.capacityPercent"));

        UUID committed = UUID.randomUUID();
        publish("wokingham", committed, new CaseOpened(committed, "YJ-CC", "male", false, "east"));
        kafka.publish(Topics.ORDERS, committed.toString(), EventJson.write(EventEnvelope.wrap(new CourtOutcomeRecorded(
                UUID.randomUUID(), "Reading Crown Court", TestClock.today(), CourtOutcome.COMMITTED_TO_CROWN_COURT, true, null),
                "order-service", hearing, "wokingham", committed)));
        String crownCourt = requestOf("community-orders-unit", committed, "crown-court-tracking");
        given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + crownCourt).then().statusCode(200)
                .body("request.dueAt", equalTo(hearing.plus(Duration.ofHours(48)).toString()))
                .body("request.team", equalTo("community-orders-unit"));

        UUID referral = UUID.randomUUID();
        publish("wokingham", caseId, new InterventionReferralAccepted(referral,
                InterventionReferralAccepted.Programme.SPECIFIC_INTERVENTION, team.name(), TestClock.today()));
        String intervention = requestOf(team.name(), caseId, "intervention-referral");
        decide(intervention, team.amira(), null).then().statusCode(201);
        CaseAllocated allocated = kafka.readUntil(Topics.ALLOCATIONS, records -> records.stream()
                        .anyMatch(r -> r.value().contains(referral.toString()) && r.value().contains("case.allocated")), Duration.ofSeconds(30))
                .stream().map(r -> EventJson.read(r.value())).filter(e -> e.type().equals("case.allocated"))
                .map(e -> e.dataAs(CaseAllocated.class)).filter(a -> referral.equals(a.referralId())).findFirst().orElseThrow();
        assertThat(allocated.caseManager().workerId()).isEqualTo(team.amira());
    }

    @Test
    @DisplayName("ALC-11, ALC-13: a direct victim's consent brings a restorative justice worker with the case manager; "
            + "each specialist worker is asked to screen the new allocation")
    void restorativeJusticeAndSpecialistScreening() {
        Team team = team();
        UUID rita = worker("rj-" + UUID.randomUUID(), "Rita Kaur", "rj-worker", "female");
        UUID sally = UUID.randomUUID();
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("name", "Sally Green", "team", "health",
                "grade", "specialist", "specialism", "speech-and-language", "genderIdentity", "female", "contractedHours", 30))
                .put("/api/allocations/workers/" + sally).then().statusCode(201);

        UUID caseId = UUID.randomUUID();
        kafka.publish(Topics.VICTIMS, caseId.toString(), EventJson.write(EventEnvelope.wrap(
                new VictimConsentRecorded("V-" + UUID.randomUUID(), caseId, true, true), "victim-service", TestClock.now(),
                "wokingham", caseId)));
        String request = orderForAHighRiskGirl(team, caseId, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER)
                .get("/api/allocations/allocation-requests/" + request).jsonPath().getBoolean("restorativeJustice.needed"));
        given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("restorativeJustice.candidates.workerId", hasItem(rita.toString()));

        decide(request, team.amira(), null).then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-11"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("workerId", team.amira().toString(), "rjWorkerId", rita.toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201)
                .body("rjWorkerId", equalTo(rita.toString()));
        CaseAllocated allocated = allocationEvent("case.allocated", caseId).dataAs(CaseAllocated.class);
        assertThat(allocated.rjWorker()).isEqualTo(rita);

        String specialist = TestTokens.forSubject(sally.toString()).authority("wokingham").roles("case-worker").sign();
        String notice = given().auth().oauth2(specialist).get("/api/allocations/screening-notices").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.specialism", equalTo("speech-and-language"))
                .extract().path("find { it.caseId == '" + caseId + "' }.id");
        given().auth().oauth2(specialist).contentType(ContentType.JSON).body(Map.of("outcome", "referred", "note", "Screen booked."))
                .post("/api/allocations/screening-notices/" + notice + "/screening").then().statusCode(200)
                .body("outcome", equalTo("referred"));
        given().auth().oauth2(specialist).contentType(ContentType.JSON).body(Map.of("outcome", "no-need"))
                .post("/api/allocations/screening-notices/" + notice + "/screening").then().statusCode(409);
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "no-need")).post("/api/allocations/screening-notices/" + notice + "/screening")
                .then().statusCode(404);
        given().auth().oauth2(specialist).get("/api/allocations/screening-notices").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(notice)));
    }

    private static Response reallocate(String token, UUID caseId, UUID current, UUID to, String rationale) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("currentCaseManager", current.toString(), "workerId", to.toString(),
                "reason", "Amira moves to the east team"));
        if (rationale != null) {
            body.put("rationale", rationale);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/allocations/cases/" + caseId + "/reallocation");
    }

    @Test
    @DisplayName("ALC-12: a reallocation made on a stale view of the case is 409; the new worker is held to the same rules "
            + "(ALC-2 away: 422; ALC-3 needs a rationale); case.reallocated follows and the caseloads move")
    void reallocation() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        decide(orderForAHighRiskGirl(team, caseId, UUID.randomUUID()), team.amira(), null).then().statusCode(201);

        reallocate(MANAGER, caseId, team.dan(), team.erin(), "x").then().statusCode(409).contentType(PROBLEM);
        reallocate(MANAGER, caseId, team.amira(), team.beth(), null).then().statusCode(422).body("violations[0].rule", equalTo("ALC-2"));
        reallocate(MANAGER, caseId, team.amira(), team.dan(), null).then().statusCode(422).body("violations[0].rule", equalTo("ALC-3"));
        reallocate(TestTokens.token("bracknell-forest", "team-manager"), caseId, team.amira(), team.dan(), "x").then().statusCode(404);
        reallocate(MANAGER, caseId, team.amira(), team.dan(), "Consulted Amy, who knows Dan's work with her brother.")
                .then().statusCode(200).body("to", equalTo(team.dan().toString())).body("rulesOverridden", equalTo(List.of("ALC-3")));
        // the same decision again is now stale
        reallocate(MANAGER, caseId, team.amira(), team.dan(), "again").then().statusCode(409);

        assertThat(allocationEvent("case.reallocated", caseId).dataAs(org.youthjustice.events.allocations.CaseReallocated.class).workers().get(0).workerId()).isEqualTo(team.dan());
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + team.amira()).then().body("capacity.held", equalTo(0.0f));
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + team.dan()).then().body("capacity.held", equalTo(6.0f));
    }

    @Test
    @DisplayName("ALC-6: re-assessed high on a Band A worker's case → co-allocation raised → a Band B co-worker (not Band A: 422), "
            + "task split due in 5 days and reviews in 6 weeks → ended where supervision agreed it")
    void coAllocationOnARiseToHighRisk() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        decide(order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM), team.erin(), null).then().statusCode(201);
        publish("wokingham", caseId, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.HIGH, RiskLevel.MEDIUM,
                RiskLevel.HIGH, null, null, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).queryParam("status", "raised")
                .get("/api/allocations/co-allocations").jsonPath().getList("caseId").contains(caseId.toString()));
        String co = given().auth().oauth2(MANAGER).queryParam("status", "raised").get("/api/allocations/co-allocations")
                .jsonPath().getString("find { it.caseId == '" + caseId + "' }.id");

        Function<UUID, Response> coWorker = worker -> given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("workerId", worker.toString())).post("/api/allocations/co-allocations/" + co + "/co-worker");
        coWorker.apply(team.erin()).then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-6"));
        coWorker.apply(team.beth()).then().statusCode(422).body("violations.rule", hasItem("ALC-2"));
        LocalDate today = TestClock.today();
        coWorker.apply(team.dan()).then().statusCode(200).body("status", equalTo("co-allocated"))
                .body("agreementDueDate", equalTo(today.plusDays(5).toString()))
                .body("nextReviewDueDate", equalTo(today.plusWeeks(6).toString()))
                .body("managementSupervision", equalTo(false));
        coWorker.apply(team.dan()).then().statusCode(409);
        assertThat(allocationEvent("case.co-allocated", caseId).dataAs(org.youthjustice.events.allocations.CaseCoAllocated.class).workers())
                .extracting(w -> w.role()).containsExactly("case-manager", "co-worker");
        // the co-worker carries half the case: a youth rehabilitation order 3 × high 2 × 0.5
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + team.dan()).then().body("capacity.held", equalTo(3.0f));

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("tasks", "Dan: risk management; Erin: sessions."))
                .post("/api/allocations/co-allocations/" + co + "/agreement").then().statusCode(200)
                .body("agreementOverdue", equalTo(false));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("agreedAt", "corridor"))
                .post("/api/allocations/co-allocations/" + co + "/end").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("bracknell-forest", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("agreedAt", "supervision")).post("/api/allocations/co-allocations/" + co + "/end").then().statusCode(404);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("agreedAt", "supervision", "note", "Risk now medium."))
                .post("/api/allocations/co-allocations/" + co + "/end").then().statusCode(200).body("status", equalTo("ended"))
                .body("endedWhere", equalTo("supervision"));
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + team.dan()).then().body("capacity.held", equalTo(0.0f));
    }

    @Test
    @DisplayName("ALC-7: a student is never a case's case manager; they work it beside the case manager, their accountable "
            + "primary worker, named in case.allocated")
    void studentsWorkBesideAnAccountablePrimaryWorker() {
        Team team = team();
        UUID sid = worker(team.name(), "Sid Patel", "student", "male");
        UUID caseId = UUID.randomUUID();
        String request = order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("proposal.excluded.find { it.name == 'Sid Patel' }.rule", equalTo("ALC-7"));
        decide(request, sid, "keen to learn").then().statusCode(422).body("violations[0].rule", equalTo("ALC-7"));

        Function<UUID, Response> withStudent = student -> given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("workerId", team.dan().toString(), "studentId", student.toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision");
        withStudent.apply(team.erin()).then().statusCode(400).body("violations[0].field", equalTo("studentId"));
        withStudent.apply(sid).then().statusCode(201).body("studentId", equalTo(sid.toString()));
        CaseAllocated allocated = allocationEvent("case.allocated", caseId).dataAs(CaseAllocated.class);
        assertThat(allocated.caseManager().workerId()).isEqualTo(team.dan());
        assertThat(allocated.coWorkers()).extracting(w -> w.workerId(), w -> w.role())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sid, "student"));
    }

    @Test
    @DisplayName("ALC-8: planned leave needs a cover worker named before it starts, announced for each case; an unplanned "
            + "absence needs its cases reviewed in the first week, and after 2 weeks with no return its cases are proposed for "
            + "reallocation")
    void leaveCoverAndUnplannedAbsence() {
        Team team = team();
        LocalDate today = TestClock.today();
        UUID erinsCase = UUID.randomUUID();
        decide(order(team, erinsCase, UUID.randomUUID(), "male", RiskLevel.MEDIUM), team.erin(), null).then().statusCode(201);
        String leave = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "planned", "startsOn", today.plusDays(3).toString(), "endsOn", today.plusDays(10).toString()))
                .post("/api/allocations/workers/" + team.erin() + "/absences").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).get("/api/allocations/absence-reviews").then().statusCode(200)
                .body("find { it.absenceId == '" + leave + "' }.action",
                        equalTo("name a cover worker, tell the children, and update the assessments and plans falling due during the leave"))
                .body("find { it.absenceId == '" + leave + "' }.milestones", equalTo("/api/orders/milestones?scope=authority&worker="
                        + team.erin() + "&from=" + today.plusDays(3) + "&to=" + today.plusDays(10)))
                .body("find { it.absenceId == '" + leave + "' }.dueDate", equalTo(today.plusDays(2).toString()))
                .body("find { it.absenceId == '" + leave + "' }.cases", equalTo(List.of(erinsCase.toString())));

        Function<UUID, Response> cover = worker -> given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("coverWorkerId", worker.toString()))
                .post("/api/allocations/workers/" + team.erin() + "/absences/" + leave + "/cover");
        cover.apply(team.beth()).then().statusCode(422).body("violations[0].rule", equalTo("ALC-2"));
        cover.apply(team.dan()).then().statusCode(200).body("coverWorkerId", equalTo(team.dan().toString()));
        assertThat(allocationEvent("cover.arranged", erinsCase).dataAs(org.youthjustice.events.allocations.CoverArranged.class).from())
                .isEqualTo(today.plusDays(3));
        given().auth().oauth2(MANAGER).get("/api/allocations/absence-reviews").then().statusCode(200)
                .body("absenceId", org.hamcrest.Matchers.not(hasItem(leave)));

        UUID amirasCase = UUID.randomUUID();
        decide(orderForAHighRiskGirl(team, amirasCase, UUID.randomUUID()), team.amira(), null).then().statusCode(201);
        String sick = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("kind", "unplanned", "startsOn", today.minusDays(15).toString()))
                .post("/api/allocations/workers/" + team.amira() + "/absences").then().statusCode(201).extract().path("id");
        JsonPath due = given().auth().oauth2(MANAGER).get("/api/allocations/absence-reviews").then().statusCode(200).extract().jsonPath();
        assertThat(due.getList("findAll { it.absenceId == '" + sick + "' }.action", String.class)).containsExactly(
                "review the cases and planned contacts", "propose the cases for reallocation: away 2 weeks with no imminent return");
        assertThat(due.getString("find { it.absenceId == '" + sick + "' }.dueDate")).isEqualTo(today.minusDays(8).toString());
        assertThat(due.getBoolean("find { it.absenceId == '" + sick + "' }.overdue")).isTrue();

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("note", "Appointments moved to Dan for now."))
                .post("/api/allocations/workers/" + team.amira() + "/absences/" + sick + "/review").then().statusCode(200)
                .body("reviewNote", equalTo("Appointments moved to Dan for now."));
        assertThat(given().auth().oauth2(MANAGER).get("/api/allocations/absence-reviews").jsonPath()
                .getList("findAll { it.absenceId == '" + sick + "' }.cases[0]", String.class))
                .containsExactly(amirasCase.toString());
    }

    @Test
    @DisplayName("ALC-1: a team pushed over its threshold by an allocation made with a rationale is flagged to the service "
            + "manager: first in the authority's list of teams, with the sums; another authority does not see it")
    void aTeamOverItsThresholdIsFlaggedToTheServiceManager() {
        String team = "team-" + UUID.randomUUID();
        UUID pat = UUID.randomUUID();
        // a Band C advanced practitioner for 5 hours a week: 20 points × 5 / 37 = 2.70
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("name", "Pat Quinn", "team", team, "grade", "band-c",
                "genderIdentity", "male", "contractedHours", 5)).put("/api/allocations/workers/" + pat).then().statusCode(201);
        String request = scenario.order(team, UUID.randomUUID(), UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        decide(request, pat, null).then().statusCode(422).body("violations[0].rule", equalTo("ALC-1"));
        decide(request, pat, "Only Pat can take it this week; reviewed at Monday's allocation meeting.").then().statusCode(201);

        String serviceManager = TestTokens.token("wokingham", "service-manager");
        JsonPath teams = given().auth().oauth2(serviceManager).get("/api/allocations/teams").then().statusCode(200).extract().jsonPath();
        assertThat(teams.getBoolean("[0].total.overThreshold")).isTrue();
        // a youth rehabilitation order 3 × medium 1.5 = 4.5 held against 2.70: 167%
        assertThat(teams.getInt("find { it.team == '" + team + "' }.total.percent")).isEqualTo(167);
        assertThat(teams.getBoolean("find { it.team == '" + team + "' }.total.overThreshold")).isTrue();
        assertThat(teams.getString("find { it.team == '" + team + "' }.total.reason")).contains("service manager");
        given().auth().oauth2(TestTokens.token("bracknell-forest", "service-manager")).get("/api/allocations/teams").then()
                .statusCode(200).body("team", org.hamcrest.Matchers.not(hasItem(team)));
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/allocations/teams").then().statusCode(403);
    }

    @Test
    @DisplayName("ALC-11: a direct victim's consent after the case was allocated asks for a restorative justice worker until a "
            + "manager names one, who weighs nothing in a caseload; case.co-allocated names every worker on the case with their role")
    void restorativeJusticeWorkerAfterTheAllocation() {
        Team team = team();
        UUID rita = worker("rj-" + UUID.randomUUID(), "Rita Kaur", "rj-worker", "female");
        UUID sid = worker(team.name(), "Sid Patel", "student", "male");
        UUID caseId = UUID.randomUUID();
        String request = order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("workerId", team.dan().toString(), "studentId", sid.toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);
        Function<UUID, Response> rjWorker = worker -> given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("workerId", worker.toString())).post("/api/allocations/cases/" + caseId + "/rj-worker");
        rjWorker.apply(rita).then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("ALC-11"));

        publish("wokingham", caseId, new VictimConsentRecorded("V-" + UUID.randomUUID(), caseId, true, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).get("/api/allocations/restorative-justice-needs")
                .jsonPath().getList("cases.caseId").contains(caseId.toString()));
        given().auth().oauth2(MANAGER).get("/api/allocations/restorative-justice-needs").then().statusCode(200)
                .body("rjWorkersAtWork.workerId", hasItem(rita.toString()))
                .body("cases.find { it.caseId == '" + caseId + "' }.caseManagerId", equalTo(team.dan().toString()));
        given().auth().oauth2(TestTokens.token("bracknell-forest", "team-manager")).get("/api/allocations/restorative-justice-needs")
                .then().statusCode(200).body("cases.caseId", org.hamcrest.Matchers.not(hasItem(caseId.toString())));
        given().auth().oauth2(TestTokens.token("bracknell-forest", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("workerId", rita.toString())).post("/api/allocations/cases/" + caseId + "/rj-worker").then().statusCode(404);
        rjWorker.apply(team.amira()).then().statusCode(422).body("violations[0].rule", equalTo("ALC-11"));
        rjWorker.apply(rita).then().statusCode(200).body("rjWorkerId", equalTo(rita.toString()));
        rjWorker.apply(rita).then().statusCode(409);
        given().auth().oauth2(MANAGER).get("/api/allocations/restorative-justice-needs").then()
                .body("cases.caseId", org.hamcrest.Matchers.not(hasItem(caseId.toString())));

        assertThat(allocationEvent("case.co-allocated", caseId).dataAs(org.youthjustice.events.allocations.CaseCoAllocated.class)
                .workers()).extracting(w -> w.workerId(), w -> w.role()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(team.dan(), "case-manager"), org.assertj.core.groups.Tuple.tuple(sid, "student"),
                        org.assertj.core.groups.Tuple.tuple(rita, "rj-worker"));
        given().auth().oauth2(MANAGER).get("/api/allocations/workers/" + rita).then().statusCode(200)
                .body("capacity.held", equalTo(0.0f)).body("capacity.cases[0].role", equalTo("rj-worker"));
    }

    @Test
    @DisplayName("ALC-3, ALC-5, X-1: case.opened after another event named the case first fills in its rule inputs and keeps "
            + "its risk; the same case opened in another authority's name goes to the dead-letter topic and changes nothing")
    void caseOpenedCompletesACaseAnotherEventNamedFirst() {
        UUID caseId = UUID.randomUUID();
        EventEnvelope assessed = scenario.publish("wokingham", caseId, new RiskAssessed(UUID.randomUUID(), "review",
                RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.HIGH, null, null, true));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> processed(assessed.id()));
        int versionBefore = (Integer) childCase(caseId).get(6);

        EventEnvelope opened = scenario.publish("wokingham", caseId, new CaseOpened(caseId, "YJ-LATE", "female", true, "west"));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> processed(opened.id()));
        java.util.List<Object> expected = java.util.List.of("wokingham", "YJ-LATE", "female", true, "west", "HIGH", versionBefore + 1);
        assertThat(childCase(caseId)).as("authority, reference, gender, looked after, locality, RoSH, version").isEqualTo(expected);

        EventEnvelope foreign = scenario.publish("bracknell-forest", caseId, new CaseOpened(caseId, "BF-1", "male", false, "north"));
        assertThat(kafka.readUntil(Topics.deadLetter(Topics.ORDERS, "allocation-service"),
                records -> records.stream().anyMatch(r -> r.value().contains(foreign.id().toString())), Duration.ofSeconds(60)))
                .anyMatch(r -> r.value().contains(foreign.id().toString()));
        assertThat(processed(foreign.id())).isFalse();
        assertThat(childCase(caseId)).isEqualTo(expected);
    }

    /**
     * The case's row as allocation-service keeps it: authority, reference, gender identity, looked after, locality, RoSH
     * and version.
     */
    private java.util.List<Object> childCase(UUID caseId) {
        Object[] row = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select authority, reference, gender_identity, looked_after, locality, rosh, version from child_case where id = :id")
                .setParameter("id", caseId).getSingleResult());
        return java.util.Arrays.asList(row[0], row[1], row[2], row[3], row[4], row[5], ((Number) row[6]).intValue());
    }

    @Test
    @DisplayName("ALC-11, X-1: a victim's consent withdrawn in another authority's name changes nothing here; withdrawn in the "
            + "case's own, the case no longer asks for a restorative justice worker")
    void consentWithdrawnOnlyInItsOwnAuthority() {
        Team team = team();
        UUID caseId = UUID.randomUUID();
        String request = order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("workerId", team.dan().toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);
        String victimRef = UUID.randomUUID().toString();
        publish("wokingham", caseId, new VictimConsentRecorded(victimRef, caseId, true, true));
        java.util.function.Supplier<java.util.List<String>> needs = () -> given().auth().oauth2(MANAGER)
                .get("/api/allocations/restorative-justice-needs").jsonPath().getList("cases.caseId");
        await().atMost(Duration.ofSeconds(30)).until(() -> needs.get().contains(caseId.toString()));

        org.youthjustice.events.EventEnvelope foreign = scenario.publish("bracknell-forest", caseId,
                new org.youthjustice.events.victims.VictimConsentWithdrawn(victimRef, caseId));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> processed(foreign.id()));
        assertThat(needs.get()).as("the victim's consent still stands in wokingham").contains(caseId.toString());

        publish("wokingham", caseId, new org.youthjustice.events.victims.VictimConsentWithdrawn(victimRef, caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> !needs.get().contains(caseId.toString()));
    }
}
