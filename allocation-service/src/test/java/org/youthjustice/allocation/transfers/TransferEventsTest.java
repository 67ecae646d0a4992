package org.youthjustice.allocation.transfers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.AllocationScenario;
import org.youthjustice.allocation.AllocationServiceInfrastructure;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocationRequested;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.RiskLevels;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.events.victims.VictimConsentRecorded;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class TransferEventsTest {
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.TRANSFERS, "allocation-service");
    private static final String HOME = "wokingham";
    private static final String RECEIVING = "reading";
    private static final String WOKINGHAM = AllocationScenario.MANAGER;
    private static final String READING = TestTokens.token(RECEIVING, "team-manager");
    private static final String BRACKNELL_FOREST = TestTokens.token("bracknell-forest", "team-manager");
    /** Where reading allocates a case no team of its holds yet (the court team's default). */
    private static final String READING_TEAM = "community-orders-unit";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private AllocationScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new AllocationScenario(kafka);
    }

    /** A boy's medium-risk youth rehabilitation order in wokingham, allocated to the worker; its request. */
    private String allocatedOrder(String team, UUID worker, UUID caseId) {
        String request = scenario.order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        AllocationScenario.decide(request, worker, null).then().statusCode(201);
        return request;
    }

    /** transfer-service's review of the transfer, addressed to the home authority. */
    private EventEnvelope reviewed(UUID transfer, UUID caseId, TransferDecision decision, TransferKind kind, String home,
            String receiving) {
        return scenario.publish(home, caseId, new TransferReviewed(transfer, decision, List.of("Reviewed with the summary and documents."),
                kind, home, receiving));
    }

    /** transfer-service's completion of a full transfer, addressed to the receiving authority. */
    private EventEnvelope completed(UUID transfer, UUID caseId, String home, String receiving) {
        return scenario.publish(receiving, caseId, new TransferCompleted(transfer, caseId, home, receiving, TestClock.today()));
    }

    /**
     * A completion of a transfer nobody accepted, published after {@code caseId}'s other events on its partition:
     * once it is dead-lettered, everything published before it about the case has been handled. The dead letters
     * about the case by then.
     */
    private List<ConsumerRecord<String, String>> afterAllHandled(UUID caseId) {
        EventEnvelope marker = completed(UUID.randomUUID(), caseId, HOME, RECEIVING);
        return deadLetters(caseId, marker);
    }

    /** The dead letters about the case, read until {@code last} is among them. */
    private List<ConsumerRecord<String, String>> deadLetters(UUID caseId, EventEnvelope last) {
        List<ConsumerRecord<String, String>> records = kafka.readUntil(DEAD_LETTERS,
                read -> read.stream().anyMatch(r -> r.value().contains(last.id().toString())), Duration.ofSeconds(60));
        assertThat(records).as("dead-lettered: " + last.type() + " " + last.id())
                .anyMatch(r -> r.value().contains(last.id().toString()));
        return records.stream().filter(r -> caseId.toString().equals(r.key())).toList();
    }

    private static String reasonOf(List<ConsumerRecord<String, String>> deadLetters, EventEnvelope event) {
        ConsumerRecord<String, String> record = deadLetters.stream().filter(r -> r.value().contains(event.id().toString()))
                .findFirst().orElseThrow();
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    private static boolean deadLettered(List<ConsumerRecord<String, String>> deadLetters, EventEnvelope event) {
        return deadLetters.stream().anyMatch(r -> EventJson.read(r.value()).id().equals(event.id()));
    }

    /** The authority's open requests for the case (its allocation request list). */
    private static List<String> openRequests(String token, UUID caseId) {
        return given().auth().oauth2(token).get("/api/allocations/allocation-requests").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.caseId == '" + caseId + "' }.id", String.class);
    }

    private static String awaitOpenRequest(String token, UUID caseId, String kind) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get("/api/allocations/allocation-requests")
                .jsonPath().getString("find { it.caseId == '" + caseId + "' && it.kind == '" + kind + "' }.id") != null);
        return given().auth().oauth2(token).get("/api/allocations/allocation-requests").jsonPath()
                .getString("find { it.caseId == '" + caseId + "' && it.kind == '" + kind + "' }.id");
    }

    private static float held(UUID worker) {
        return given().auth().oauth2(WOKINGHAM).get("/api/allocations/workers/" + worker).then().statusCode(200).extract().jsonPath()
                .getFloat("capacity.held");
    }

    /** What the kernel's calculator gives for the authority's policy from now. */
    private static Deadline dueFromNow(String authority, String timeLimit) {
        return new DeadlineCalculator(WorkingDayCalendar.englandAndWales())
                .deadline(PolicyCatalogue.withDefaults(Map.of()).policyOf(authority), timeLimit, TestClock.now());
    }

    @Test
    @DisplayName("TRF-1: transfer.completed → the case waits for a case manager in the receiving authority, due 2 working days "
            + "later by its policy (Christmas Eve → 30 December: over Christmas Day, the weekend and Boxing Day's substitute); the "
            + "home authority's case manager no longer holds it, its open request closes with the reason and its decision stays "
            + "its history; the home authority finds nothing new (404), a third authority nothing at all; the case's later "
            + "events apply in the receiving authority")
    void aCompletedTransferMovesTheCaseToTheReceivingAuthority() {
        // Thursday 24 December 2026: Friday is Christmas Day, then the weekend, then Monday 28th, Boxing Day's substitute
        TestClock.set(LocalDate.parse("2026-12-24"), LocalTime.of(10, 0));
        String team = "team-" + UUID.randomUUID();
        UUID dan = AllocationScenario.worker(team, "Dan Price", "band-b", "male");
        UUID caseId = UUID.randomUUID();
        String order = allocatedOrder(team, dan, caseId);
        // a PSR asked for at a later hearing, not yet allocated
        scenario.publish(HOME, caseId, new CourtOutcomeRecorded(UUID.randomUUID(), "Reading Youth Court", TestClock.today(),
                CourtOutcome.ADJOURNED_FOR_PSR, false, null));
        String psr = awaitOpenRequest(WOKINGHAM, caseId, "psr");
        // a youth rehabilitation order 3 × medium risk 1.5
        assertThat(held(dan)).isEqualTo(4.5f);

        UUID transfer = UUID.randomUUID();
        reviewed(transfer, caseId, TransferDecision.ACCEPTED, TransferKind.FULL, HOME, RECEIVING);
        completed(transfer, caseId, HOME, RECEIVING);

        String request = awaitOpenRequest(READING, caseId, "order");
        Deadline expected = dueFromNow(RECEIVING, "TRF-1-allocation");
        assertThat(expected.dueDate()).isEqualTo(LocalDate.parse("2026-12-30"));
        given().auth().oauth2(READING).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("request.status", equalTo("open"))
                .body("request.kind", equalTo("order"))
                .body("request.caseKind", equalTo("youth-rehabilitation-order"))
                .body("request.team", equalTo(READING_TEAM))
                .body("request.dueDate", equalTo("2026-12-30"))
                .body("request.policyVersion", equalTo(expected.policyVersion()))
                .body("request.transferIn.transferId", equalTo(transfer.toString()))
                .body("request.transferIn.fromAuthority", equalTo(HOME))
                .body("request.reason", equalTo("transferred in from wokingham by transfer " + transfer + " (TRF-1)"))
                .body("request.orderId", nullValue());
        assertThat(openRequests(READING, caseId)).containsExactly(request);
        EventEnvelope requested = kafka.readUntil(Topics.ALLOCATIONS, records -> records.stream().anyMatch(r -> r.value().contains(request)),
                Duration.ofSeconds(30)).stream().map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals("allocation.requested") && e.data().toString().contains(request)).findFirst().orElseThrow();
        assertThat(requested.authority()).isEqualTo(RECEIVING);
        assertThat(requested.dataAs(AllocationRequested.class).dueBy()).isEqualTo(expected.dueAt());

        // the home authority: Dan's capacity is freed, the PSR no longer waits, the allocation stays as it was decided
        assertThat(held(dan)).isEqualTo(0.0f);
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/allocation-requests/" + psr).then().statusCode(200)
                .body("request.status", equalTo("closed")).body("request.closedReason", equalTo("transferred out to reading"))
                .body("proposal", nullValue());
        AllocationScenario.decide(psr, dan, null).then().statusCode(409);
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/allocation-requests/" + order).then().statusCode(200)
                .body("request.status", equalTo("allocated")).body("decision.workerId", equalTo(dan.toString()));
        assertThat(openRequests(WOKINGHAM, caseId)).isEmpty();
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/allocation-requests/" + request).then().statusCode(404);
        AllocationScenario.decide(request, dan, null).then().statusCode(404);
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/cases/" + caseId + "/internal-transfers").then().statusCode(404);
        // the receiving authority has the case, not the home authority's history of it; a third authority has nothing
        given().auth().oauth2(READING).get("/api/allocations/allocation-requests/" + order).then().statusCode(404);
        given().auth().oauth2(BRACKNELL_FOREST).get("/api/allocations/allocation-requests/" + request).then().statusCode(404);
        assertThat(openRequests(BRACKNELL_FOREST, caseId)).isEmpty();

        // an order made later for the child in the receiving authority brings its request there (it dead-lettered before)
        UUID laterOrder = UUID.randomUUID();
        scenario.publish(RECEIVING, caseId, new OrderMade(laterOrder, OrderType.REFERRAL_ORDER, TestClock.today(),
                TestClock.today().plusMonths(6), List.of(), READING_TEAM, new RiskLevels(RiskLevel.MEDIUM, RiskLevel.LOW), null,
                TestClock.today(), false, "male", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(READING).get("/api/allocations/allocation-requests")
                .jsonPath().getList("orderId").contains(laterOrder.toString()));

        // reading allocates the case transferred in; the decision's evidence keeps why the request was raised
        UUID rhea = UUID.randomUUID();
        given().auth().oauth2(READING).contentType(ContentType.JSON).body(Map.of("name", "Rhea Shah", "team", READING_TEAM,
                "grade", "band-b", "genderIdentity", "female", "contractedHours", 37)).put("/api/allocations/workers/" + rhea)
                .then().statusCode(201);
        given().auth().oauth2(READING).contentType(ContentType.JSON).body(Map.of("workerId", rhea.toString()))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201)
                .body("workerId", equalTo(rhea.toString())).body("evidence.request.reason", containsString(transfer.toString()));
    }

    @Test
    @DisplayName("X-1, TRF-6: a transfer.completed with no accepted transfer.reviewed behind it (only a stay), or completing "
            + "to another authority than the one that accepted it, is refused: it goes with the reason to "
            + "yj.transfers.v1.allocation-service.dlq, and nothing moves")
    void aCompletionNobodyAcceptedIsRefused() {
        String team = "team-" + UUID.randomUUID();
        UUID dan = AllocationScenario.worker(team, "Dan Price", "band-b", "male");
        UUID caseId = UUID.randomUUID();
        String order = allocatedOrder(team, dan, caseId);

        UUID stayed = UUID.randomUUID();
        reviewed(stayed, caseId, TransferDecision.STAYED, TransferKind.FULL, HOME, RECEIVING);
        EventEnvelope notAccepted = completed(stayed, caseId, HOME, RECEIVING);
        UUID toReading = UUID.randomUUID();
        reviewed(toReading, caseId, TransferDecision.ACCEPTED, TransferKind.FULL, HOME, RECEIVING);
        EventEnvelope elsewhere = completed(toReading, caseId, HOME, "bracknell-forest");

        List<ConsumerRecord<String, String>> deadLetters = deadLetters(caseId, elsewhere);
        assertThat(reasonOf(deadLetters, notAccepted)).contains("transfer " + stayed + " was never accepted");
        assertThat(reasonOf(deadLetters, elsewhere)).contains("from wokingham to reading")
                .contains("not as a full transfer of case " + caseId + " from wokingham to bracknell-forest");

        // nothing moved: the case is wokingham's, held by Dan, and no other authority has a request for it
        assertThat(held(dan)).isEqualTo(4.5f);
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/allocation-requests/" + order).then().statusCode(200)
                .body("request.status", equalTo("allocated"));
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/cases/" + caseId + "/internal-transfers").then().statusCode(200);
        assertThat(openRequests(READING, caseId)).isEmpty();
        assertThat(openRequests(BRACKNELL_FOREST, caseId)).isEmpty();
    }

    @Test
    @DisplayName("TRF-14: caretaking leaves the case and its case manager with the home authority, its events accepted and "
            + "changing nothing; TRF-1: a completion delivered again, or announced again under a new event id, changes nothing")
    void caretakingChangesNothingAndACompletionIsAppliedOnce() {
        String team = "team-" + UUID.randomUUID();
        UUID dan = AllocationScenario.worker(team, "Dan Price", "band-b", "male");
        UUID caseId = UUID.randomUUID();
        String order = allocatedOrder(team, dan, caseId);

        UUID caretaking = UUID.randomUUID();
        EventEnvelope caretakingReviewed = reviewed(caretaking, caseId, TransferDecision.ACCEPTED, TransferKind.CARETAKING, HOME,
                RECEIVING);
        List<String> duties = List.of("supervision sessions", "home visits");
        EventEnvelope started = scenario.publish(HOME, caseId, new CaretakingStarted(caretaking, RECEIVING, TestClock.today(),
                TestClock.today().plusMonths(3), duties));
        EventEnvelope ended = scenario.publish(HOME, caseId, new CaretakingEnded(caretaking, RECEIVING, TestClock.today(),
                TestClock.today().plusMonths(3), duties, TestClock.today().plusDays(1), CaretakingEnded.Outcome.RETURNED_HOME));

        List<ConsumerRecord<String, String>> deadLetters = afterAllHandled(caseId);
        assertThat(deadLettered(deadLetters, caretakingReviewed)).isFalse();
        assertThat(deadLettered(deadLetters, started)).isFalse();
        assertThat(deadLettered(deadLetters, ended)).isFalse();
        assertThat(held(dan)).isEqualTo(4.5f);
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/allocation-requests/" + order).then().statusCode(200)
                .body("request.status", equalTo("allocated"));
        assertThat(openRequests(READING, caseId)).isEmpty();

        UUID transfer = UUID.randomUUID();
        reviewed(transfer, caseId, TransferDecision.ACCEPTED, TransferKind.FULL, HOME, RECEIVING);
        EventEnvelope completed = completed(transfer, caseId, HOME, RECEIVING);
        String request = awaitOpenRequest(READING, caseId, "order");
        String dueAt = given().auth().oauth2(READING).get("/api/allocations/allocation-requests/" + request).jsonPath()
                .getString("request.dueAt");

        scenario.redeliver(completed);
        EventEnvelope announcedAgain = completed(transfer, caseId, HOME, RECEIVING);
        deadLetters = afterAllHandled(caseId);
        assertThat(deadLettered(deadLetters, completed)).isFalse();
        assertThat(deadLettered(deadLetters, announcedAgain)).isFalse();
        assertThat(openRequests(READING, caseId)).containsExactly(request);
        given().auth().oauth2(READING).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("request.status", equalTo("open")).body("request.dueAt", equalTo(dueAt));
        assertThat(held(dan)).isEqualTo(0.0f);
        assertThat(openRequests(WOKINGHAM, caseId)).isEmpty();
    }
    @Test
    @DisplayName("TRF-1 with ALC-6, ALC-10, ALC-11, ALC-13: in the home authority the co-allocation ends and the internal "
            + "transfer under way is withdrawn, each saying where the case went, and its specialists no longer screen the "
            + "case; the victim's consent to contact goes with the case to the receiving authority")
    void whateverHeldTheCaseAtHomeCloses() {
        String east = "east-" + UUID.randomUUID();
        String north = "north-" + UUID.randomUUID();
        UUID ned = AllocationScenario.worker(east, "Ned Shaw", "band-a", "male");
        AllocationScenario.worker(north, "Nia Evans", "band-b", "female");
        UUID sally = UUID.randomUUID();
        given().auth().oauth2(WOKINGHAM).contentType(ContentType.JSON).body(Map.of("name", "Sally Reed", "team", "specialists-"
                + UUID.randomUUID(), "grade", "specialist", "specialism", "speech-and-language", "genderIdentity", "female",
                "contractedHours", 30)).put("/api/allocations/workers/" + sally).then().statusCode(201);
        String specialist = TestTokens.forSubject(sally.toString()).authority(HOME).roles("case-worker").sign();
        UUID caseId = UUID.randomUUID();
        allocatedOrder(east, ned, caseId);
        assertThat(given().auth().oauth2(specialist).get("/api/allocations/screening-notices").jsonPath().getList("caseId"))
                .contains(caseId.toString());

        // re-assessed high while a Band A worker holds it: an accountable co-worker is wanted (ALC-6)
        scenario.publish(HOME, caseId, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.HIGH, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, null, null, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(WOKINGHAM).queryParam("status", "raised")
                .get("/api/allocations/co-allocations").jsonPath().getList("caseId").contains(caseId.toString()));
        String internal = given().auth().oauth2(WOKINGHAM).contentType(ContentType.JSON).body(Map.of("toTeam", north, "reason",
                "Moved to the north of the borough.")).post("/api/allocations/cases/" + caseId + "/internal-transfers").then()
                .statusCode(201).extract().path("id");
        scenario.publish(HOME, caseId, new VictimConsentRecorded("V-" + UUID.randomUUID(), caseId, true, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(WOKINGHAM)
                .get("/api/allocations/restorative-justice-needs").jsonPath().getList("cases.caseId").contains(caseId.toString()));

        UUID transfer = UUID.randomUUID();
        reviewed(transfer, caseId, TransferDecision.ACCEPTED, TransferKind.FULL, HOME, RECEIVING);
        completed(transfer, caseId, HOME, RECEIVING);
        String request = awaitOpenRequest(READING, caseId, "order");

        given().auth().oauth2(WOKINGHAM).queryParam("status", "ended").get("/api/allocations/co-allocations").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.endedWhere", equalTo("transferred-out"));
        assertThat(given().auth().oauth2(WOKINGHAM).queryParam("status", "raised").get("/api/allocations/co-allocations").jsonPath()
                .getList("caseId")).doesNotContain(caseId.toString());
        given().auth().oauth2(WOKINGHAM).get("/api/allocations/internal-transfers/" + internal).then().statusCode(200)
                .body("status", equalTo("withdrawn")).body("closedReason", equalTo("transferred out to reading"))
                .body("next", nullValue());
        assertThat(given().auth().oauth2(specialist).get("/api/allocations/screening-notices").jsonPath().getList("caseId"))
                .doesNotContain(caseId.toString());
        assertThat(given().auth().oauth2(WOKINGHAM).get("/api/allocations/restorative-justice-needs").jsonPath().getList("cases.caseId"))
                .doesNotContain(caseId.toString());
        assertThat(held(ned)).isEqualTo(0.0f);

        // reading allocates a restorative justice worker with the case manager: the consent came with the case (ALC-11)
        given().auth().oauth2(READING).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("restorativeJustice.needed", equalTo(true));
    }
}
