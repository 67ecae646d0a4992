package org.youthjustice.allocation.capacity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.allocation.AllocationScenario;
import org.youthjustice.allocation.AllocationServiceInfrastructure;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocationTimeLimit;
import org.youthjustice.events.orders.CourtOutcome;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * allocation-service's time limits as it tells them to the partnership's reporting ({@code
 * allocation-time-limit.changed}): opened with the due date the service computed, met on time or late, closed as not
 * applying, and sent again when the case has a new case manager.
 */
@QuarkusTest
@TestProfile(AllocationServiceInfrastructure.class)
class TimeLimitEventsTest {
    private static final String MANAGER = AllocationScenario.MANAGER;

    @InjectKafkaBroker
    KafkaBroker kafka;

    private AllocationScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new AllocationScenario(kafka);
    }

    /**
     * The case's time limit events in the order published, read until one matches {@code until}; each with the authority
     * its envelope names.
     */
    private List<EventEnvelope> told(UUID caseId, Predicate<AllocationTimeLimit> until) {
        Function<List<ConsumerRecord<String, String>>, List<EventEnvelope>> ofCase = records -> records.stream()
                .filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> "allocation-time-limit.changed".equals(e.type())).toList();
        List<EventEnvelope> events = ofCase.apply(kafka.readUntil(Topics.ALLOCATIONS,
                records -> ofCase.apply(records).stream().map(TimeLimitEventsTest::limit).anyMatch(until), Duration.ofSeconds(30)));
        assertThat(events).as("the awaited time limit event of case " + caseId).map(TimeLimitEventsTest::limit).anyMatch(until);
        return events;
    }

    private static AllocationTimeLimit limit(EventEnvelope event) {
        return event.dataAs(AllocationTimeLimit.class);
    }

    private static Predicate<AllocationTimeLimit> is(Object id, Status status) {
        return l -> l.timeLimitId().toString().equals(id.toString()) && l.status() == status;
    }

    /** The events about one time limit, in the order published. */
    private static List<AllocationTimeLimit> of(List<EventEnvelope> events, Object id) {
        return events.stream().map(TimeLimitEventsTest::limit).filter(l -> l.timeLimitId().toString().equals(id.toString())).toList();
    }

    private static AllocationTimeLimit last(List<EventEnvelope> events, Object id) {
        List<AllocationTimeLimit> about = of(events, id);
        assertThat(about).as("events of time limit " + id).isNotEmpty();
        return about.get(about.size() - 1);
    }

    private static AllocationTimeLimit first(List<EventEnvelope> events, Predicate<AllocationTimeLimit> which) {
        return events.stream().map(TimeLimitEventsTest::limit).filter(which).findFirst().orElseThrow();
    }

    private static String manager(String team) {
        return TestTokens.forSubject("manager-" + UUID.randomUUID()).authority("wokingham").team(team).roles("team-manager").sign();
    }

    private static ValidatableResponse post(String token, String path, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/allocations" + path).then();
    }

    /** The start of a UK day: what a step recorded as held on that day counts as. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Moments.UK).toInstant();
    }

    /** The case, re-assessed high while a Band A worker manages it, raised for co-allocation (ALC-6); the co-allocation. */
    private String raisedForCoAllocation(UUID caseId) {
        scenario.publish("wokingham", caseId, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.HIGH, RiskLevel.MEDIUM,
                RiskLevel.HIGH, null, null, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).queryParam("status", "raised")
                .get("/api/allocations/co-allocations").jsonPath().getList("caseId").contains(caseId.toString()));
        return given().auth().oauth2(MANAGER).queryParam("status", "raised").get("/api/allocations/co-allocations")
                .jsonPath().getString("find { it.caseId == '" + caseId + "' }.id");
    }

    @Test
    @DisplayName("ALC-12: an order's allocation request opens its time limit with the request's due date, held by the team it "
            + "waits in and no worker; decided after its due time, it is met late, at the decision")
    void allocationRequests() {
        String team = "team-" + UUID.randomUUID();
        UUID dan = AllocationScenario.worker(team, "Dan Price", "band-b", "male");
        UUID caseId = UUID.randomUUID();
        String request = scenario.order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM);
        Response asked = given().auth().oauth2(MANAGER).get("/api/allocations/allocation-requests/" + request);

        AllocationTimeLimit opened = last(told(caseId, is(request, Status.OPEN)), request);
        assertThat(opened.rule()).isEqualTo("ALC-12");
        assertThat(opened.step()).isEqualTo("order-allocation");
        assertThat(opened.dueDate()).hasToString(asked.path("request.dueDate"));
        assertThat(opened.dueAt()).isEqualTo(Instant.parse(asked.path("request.dueAt")));
        assertThat(opened.triggeredAt()).isBefore(opened.dueAt());
        assertThat(opened.team()).isEqualTo(team);
        assertThat(opened.responsibleWorker()).isNull();

        // decided the day after it was due
        TestClock.set(opened.dueAt().plus(Duration.ofDays(1)));
        Instant decidedAt = Instant.parse(AllocationScenario.decide(request, dan, null).then().statusCode(201).extract()
                .path("decidedAt"));
        AllocationTimeLimit met = last(told(caseId, is(request, Status.MET)), request);
        assertThat(met.completedAt()).isEqualTo(decidedAt);
        assertThat(met.onTime()).isFalse();
        assertThat(met.dueAt()).isEqualTo(opened.dueAt());
        assertThat(met.team()).isEqualTo(team);
    }

    @Test
    @DisplayName("ALC-6: a co-allocation opens its task agreement (due in 5 days) and its review (6 weeks), held by the case "
            + "manager; the agreement is met when recorded, a review held meets one and opens the next; reallocated, the "
            + "case's open review goes to the new case manager; ended, the review no longer applies")
    void coAllocation() {
        String team = "team-" + UUID.randomUUID();
        UUID erin = AllocationScenario.worker(team, "Erin Walsh", "band-a", "female");
        UUID dan = AllocationScenario.worker(team, "Dan Price", "band-b", "male");
        UUID nia = AllocationScenario.worker(team, "Nia Evans", "band-b", "female");
        UUID caseId = UUID.randomUUID();
        AllocationScenario.decide(scenario.order(team, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM), erin, null)
                .then().statusCode(201);
        String co = raisedForCoAllocation(caseId);

        Response coAllocated = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("workerId", dan.toString()))
                .post("/api/allocations/co-allocations/" + co + "/co-worker");
        coAllocated.then().statusCode(200);
        List<EventEnvelope> events = told(caseId, l -> "co-allocation-review".equals(l.step()));
        AllocationTimeLimit agreement = last(events, co);
        assertThat(agreement.status()).isEqualTo(Status.OPEN);
        assertThat(agreement.rule()).isEqualTo("ALC-6");
        assertThat(agreement.step()).isEqualTo("task-agreement");
        assertThat(agreement.dueDate()).hasToString(coAllocated.path("agreementDueDate"));
        assertThat(agreement.triggeredAt()).isEqualTo(Instant.parse(coAllocated.path("coAllocatedAt")));
        assertThat(agreement.team()).isEqualTo(team);
        assertThat(agreement.responsibleWorker()).isEqualTo(erin);
        AllocationTimeLimit firstReview = first(events, l -> "co-allocation-review".equals(l.step()));
        assertThat(firstReview.status()).isEqualTo(Status.OPEN);
        assertThat(firstReview.rule()).isEqualTo("ALC-6");
        assertThat(firstReview.dueDate()).hasToString(coAllocated.path("nextReviewDueDate"));
        assertThat(firstReview.responsibleWorker()).isEqualTo(erin);

        Instant agreedAt = Instant.parse(post(MANAGER, "/co-allocations/" + co + "/agreement", Map.of("tasks", "Dan: risk; Erin: sessions."))
                .statusCode(200).extract().path("agreedAt"));
        String nextReviewDue = post(MANAGER, "/co-allocations/" + co + "/reviews", Map.of("heldOn", TestClock.today().toString()))
                .statusCode(200).extract().path("nextReviewDueDate");
        events = told(caseId, l -> "co-allocation-review".equals(l.step()) && l.status() == Status.OPEN
                && !l.timeLimitId().equals(firstReview.timeLimitId()));
        AllocationTimeLimit agreed = last(events, co);
        assertThat(agreed.status()).isEqualTo(Status.MET);
        assertThat(agreed.completedAt()).isEqualTo(agreedAt);
        assertThat(agreed.onTime()).isTrue();
        AllocationTimeLimit reviewed = last(events, firstReview.timeLimitId());
        assertThat(reviewed.status()).isEqualTo(Status.MET);
        assertThat(reviewed.completedAt()).isEqualTo(startOf(TestClock.today()));
        assertThat(reviewed.onTime()).isTrue();
        AllocationTimeLimit nextReview = first(events, l -> "co-allocation-review".equals(l.step())
                && !l.timeLimitId().equals(firstReview.timeLimitId()));
        assertThat(nextReview.status()).isEqualTo(Status.OPEN);
        assertThat(nextReview.dueDate()).hasToString(nextReviewDue);
        assertThat(nextReview.triggeredAt()).isEqualTo(startOf(TestClock.today()));

        post(MANAGER, "/cases/" + caseId + "/reallocation", Map.of("currentCaseManager", erin.toString(), "workerId", nia.toString(),
                "reason", "Erin moves to the court team.")).statusCode(200);
        events = told(caseId, l -> l.timeLimitId().equals(nextReview.timeLimitId()) && nia.equals(l.responsibleWorker()));
        AllocationTimeLimit moved = last(events, nextReview.timeLimitId());
        assertThat(moved.status()).isEqualTo(Status.OPEN);
        assertThat(moved.team()).isEqualTo(team);
        assertThat(moved.dueAt()).isEqualTo(nextReview.dueAt());
        // met already, the agreement stays as it was
        assertThat(last(events, co).status()).isEqualTo(Status.MET);

        post(MANAGER, "/co-allocations/" + co + "/end", Map.of("agreedAt", "supervision", "note", "Risk now medium.")).statusCode(200);
        AllocationTimeLimit ended = last(told(caseId, is(nextReview.timeLimitId(), Status.NOT_APPLICABLE)), nextReview.timeLimitId());
        assertThat(ended.reason()).isEqualTo("the co-allocation ended, agreed at supervision");
        assertThat(ended.closedAt()).isNotNull();
        assertThat(ended.responsibleWorker()).isEqualTo(nia);
    }

    @Test
    @DisplayName("ALC-10: an internal transfer agreed opens the receiving team's allocation (due in 2 working days), met by "
            + "the allocation, which opens the three-way meeting (due in 5), held by the receiving team and its worker and met "
            + "on the day it is held; a transfer withdrawn before its allocation closes that as not applicable")
    void internalTransfers() {
        String east = "east-" + UUID.randomUUID();
        String north = "north-" + UUID.randomUUID();
        UUID dan = AllocationScenario.worker(east, "Dan Price", "band-b", "male");
        UUID nia = AllocationScenario.worker(north, "Nia Evans", "band-b", "female");
        UUID caseId = UUID.randomUUID();
        AllocationScenario.decide(scenario.order(east, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM), dan, null)
                .then().statusCode(201);

        String transfer = post(manager(east), "/cases/" + caseId + "/internal-transfers", Map.of("toTeam", north, "reason",
                "Moved to the north for good.")).statusCode(201).extract().path("id");
        Response endorsed = given().auth().oauth2(manager(east)).contentType(ContentType.JSON).body(Map.of("decision", "endorsed"))
                .post("/api/allocations/internal-transfers/" + transfer + "/endorsement");
        endorsed.then().statusCode(200);
        AllocationTimeLimit allocation = last(told(caseId, is(transfer, Status.OPEN)), transfer);
        assertThat(allocation.rule()).isEqualTo("ALC-10");
        assertThat(allocation.step()).isEqualTo("receiving-team-allocation");
        assertThat(allocation.dueDate()).hasToString(endorsed.path("allocationDueDate"));
        assertThat(allocation.triggeredAt()).isEqualTo(Instant.parse(endorsed.path("endorsedAt")));
        assertThat(allocation.team()).isEqualTo(north);
        assertThat(allocation.responsibleWorker()).isNull();

        Response allocated = given().auth().oauth2(manager(north)).contentType(ContentType.JSON).body(Map.of("workerId", nia.toString()))
                .post("/api/allocations/internal-transfers/" + transfer + "/allocation");
        allocated.then().statusCode(200);
        List<EventEnvelope> events = told(caseId, l -> "three-way-meeting".equals(l.step()));
        AllocationTimeLimit allocationMet = last(events, transfer);
        assertThat(allocationMet.status()).isEqualTo(Status.MET);
        assertThat(allocationMet.completedAt()).isEqualTo(Instant.parse(allocated.path("allocatedAt")));
        assertThat(allocationMet.onTime()).isTrue();
        AllocationTimeLimit meeting = first(events, l -> "three-way-meeting".equals(l.step()));
        assertThat(meeting.status()).isEqualTo(Status.OPEN);
        assertThat(meeting.rule()).isEqualTo("ALC-10");
        assertThat(meeting.dueDate()).hasToString(allocated.path("meetingDueDate"));
        assertThat(meeting.team()).isEqualTo(north);
        assertThat(meeting.responsibleWorker()).isEqualTo(nia);

        post(manager(north), "/internal-transfers/" + transfer + "/meeting", Map.of("heldOn", TestClock.today().toString(),
                "outcome", "held")).statusCode(200);
        AllocationTimeLimit held = last(told(caseId, is(meeting.timeLimitId(), Status.MET)), meeting.timeLimitId());
        assertThat(held.completedAt()).isEqualTo(startOf(TestClock.today()));
        assertThat(held.onTime()).isTrue();

        // back east, withdrawn before the east team allocates
        String back = post(manager(north), "/cases/" + caseId + "/internal-transfers", Map.of("toTeam", east, "reason",
                "Back to his mother's.")).statusCode(201).extract().path("id");
        post(manager(north), "/internal-transfers/" + back + "/endorsement", Map.of("decision", "endorsed")).statusCode(200);
        post(manager(north), "/internal-transfers/" + back + "/withdrawal", Map.of("reason", "He stays in the north after all."))
                .statusCode(200);
        List<AllocationTimeLimit> withdrawn = of(told(caseId, is(back, Status.NOT_APPLICABLE)), back);
        assertThat(withdrawn).extracting(AllocationTimeLimit::status).containsExactly(Status.OPEN, Status.NOT_APPLICABLE);
        assertThat(withdrawn.get(1).reason()).isEqualTo("the internal transfer was withdrawn: He stays in the north after all.");
        assertThat(withdrawn.get(1).team()).isEqualTo(east);
    }

    @Test
    @DisplayName("TRF-1 with ALC-12, ALC-6, ALC-10: a case transferred out closes the home authority's open time limits, in "
            + "its name, saying where the case went (a PSR's allocation, the co-allocation's agreement and review, the "
            + "internal transfer's allocation); the receiving authority's request opens its TRF-1 time limit there")
    void transferredOut() {
        String east = "east-" + UUID.randomUUID();
        String north = "north-" + UUID.randomUUID();
        UUID ned = AllocationScenario.worker(east, "Ned Shaw", "band-a", "male");
        UUID dan = AllocationScenario.worker(east, "Dan Price", "band-b", "male");
        AllocationScenario.worker(north, "Nia Evans", "band-b", "female");
        UUID caseId = UUID.randomUUID();
        AllocationScenario.decide(scenario.order(east, caseId, UUID.randomUUID(), "male", RiskLevel.MEDIUM), ned, null)
                .then().statusCode(201);
        scenario.publish("wokingham", caseId, new CourtOutcomeRecorded(UUID.randomUUID(), "Reading Youth Court", TestClock.today(),
                CourtOutcome.ADJOURNED_FOR_PSR, false, null));
        String co = raisedForCoAllocation(caseId);
        post(MANAGER, "/co-allocations/" + co + "/co-worker", Map.of("workerId", dan.toString())).statusCode(200);
        String internal = post(manager(east), "/cases/" + caseId + "/internal-transfers", Map.of("toTeam", north, "reason",
                "Moved to the north.")).statusCode(201).extract().path("id");
        post(manager(east), "/internal-transfers/" + internal + "/endorsement", Map.of("decision", "endorsed")).statusCode(200);
        List<EventEnvelope> before = told(caseId, is(internal, Status.OPEN));
        AllocationTimeLimit psr = first(before, l -> "psr-allocation".equals(l.step()));
        assertThat(psr.rule()).isEqualTo("ALC-12");
        assertThat(psr.team()).isEqualTo(east);
        UUID review = first(before, l -> "co-allocation-review".equals(l.step())).timeLimitId();

        UUID transfer = UUID.randomUUID();
        scenario.publish("wokingham", caseId, new TransferReviewed(transfer, TransferDecision.ACCEPTED,
                List.of("Reviewed with the summary and documents."), TransferKind.FULL, "wokingham", "reading"));
        scenario.publish("reading", caseId, new TransferCompleted(transfer, caseId, "wokingham", "reading", TestClock.today()));
        List<EventEnvelope> events = told(caseId, l -> "TRF-1".equals(l.rule()));

        for (Object id : List.of(psr.timeLimitId(), co, review, internal)) {
            EventEnvelope closed = events.stream().filter(e -> limit(e).timeLimitId().toString().equals(id.toString())
                    && limit(e).status() == Status.NOT_APPLICABLE).findFirst().orElseThrow();
            assertThat(closed.authority()).as("closed in the home authority's name").isEqualTo("wokingham");
            assertThat(limit(closed).reason()).isEqualTo("transferred out to reading");
            assertThat(limit(closed).closedAt()).isNotNull();
        }
        assertThat(last(events, co).responsibleWorker()).isEqualTo(ned);
        assertThat(last(events, co).team()).isEqualTo(east);

        EventEnvelope arrived = events.stream().filter(e -> "TRF-1".equals(limit(e).rule())).findFirst().orElseThrow();
        assertThat(arrived.authority()).isEqualTo("reading");
        AllocationTimeLimit receiving = limit(arrived);
        assertThat(receiving.status()).isEqualTo(Status.OPEN);
        assertThat(receiving.step()).isEqualTo("receiving-authority-allocation");
        assertThat(receiving.team()).isEqualTo("community-orders-unit");
        assertThat(receiving.responsibleWorker()).isNull();
        given().auth().oauth2(TestTokens.token("reading", "team-manager")).get("/api/allocations/allocation-requests/"
                + receiving.timeLimitId()).then().statusCode(200);
    }
}
