package org.youthjustice.compliance.transfers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferRequested;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class TransferEventsTest {
    private static final String HOME = "wokingham";
    private static final String RECEIVING = "reading";
    private static final String THIRD = "west-berkshire";
    private static final String PROBLEM = "application/problem+json";
    private static final String TRANSFERS_DLQ = Topics.deadLetter(Topics.TRANSFERS, "compliance-service");

    @InjectKafkaBroker
    KafkaBroker kafka;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    private static String manager(String authority) {
        return TestTokens.token(authority, "team-manager");
    }

    private static String url(UUID caseId, String path) {
        return "/api/compliance/cases/" + caseId + path;
    }

    private static int status(String token, UUID caseId, String path) {
        return given().auth().oauth2(token).get(url(caseId, path)).statusCode();
    }

    private static JsonPath view(String token, UUID caseId) {
        return given().auth().oauth2(token).get(url(caseId, "")).then().statusCode(200).extract().jsonPath();
    }

    private EventEnvelope publish(String topic, EventData data, String authority, UUID caseId) {
        EventEnvelope event = EventEnvelope.wrap(data, "test", TestClock.now(), authority, caseId);
        kafka.publish(topic, caseId.toString(), EventJson.write(event));
        return event;
    }

    /** transfer-service's review accepting the transfer: addressed to the home authority, which acts on the answer. */
    private void accepted(UUID transferId, UUID caseId, TransferKind kind, String home, String receiving) {
        publish(Topics.TRANSFERS, new TransferReviewed(transferId, TransferDecision.ACCEPTED, List.of("address confirmed"), kind,
                home, receiving), home, caseId);
    }

    /** transfer-service's completion: addressed to the receiving authority. */
    private static EventEnvelope completion(UUID transferId, UUID caseId, String from, String to, LocalDate formalDate) {
        return EventEnvelope.wrap(new TransferCompleted(transferId, caseId, from, to, formalDate), "transfer-service",
                TestClock.now(), to, caseId);
    }

    private void deliver(EventEnvelope event) {
        kafka.publish(Topics.TRANSFERS, event.caseId().toString(), EventJson.write(event));
    }

    private static void awaitCase(String authority, UUID caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status(manager(authority), caseId, "") == 200
                && "supervised".equals(view(manager(authority), caseId).getString("status")));
    }

    private String scheduled(SupervisedCase supervised, Instant startsAt) {
        return given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", startsAt.toString(),
                        "endsAt", startsAt.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                .post(url(supervised.caseId(), "/appointments")).then().statusCode(201).extract().path("appointment.id");
    }

    /** Dead-lettered records of the case on {@code topic}, read until one whose value contains {@code marker}. */
    private List<ConsumerRecord<String, String>> deadLettered(String topic, UUID caseId, String marker) {
        List<ConsumerRecord<String, String>> read = kafka.readUntil(topic, records -> records.stream()
                .anyMatch(r -> caseId.toString().equals(r.key()) && r.value().contains(marker)), Duration.ofSeconds(60));
        return read.stream().filter(r -> caseId.toString().equals(r.key())).toList();
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    private void allocate(String authority, UUID caseId, UUID orderId, UUID caseManager) {
        publish(Topics.ALLOCATIONS, new CaseAllocated(UUID.randomUUID(), caseId, orderId, null,
                new CaseManager(caseManager, "A", Supervision.TEAM), List.of(), null, "team-manager", TestClock.now()),
                authority, caseId);
    }

    @Test
    @DisplayName("TRF-1, X-1: an accepted transfer completes: the receiving authority supervises the case and its orders with "
            + "their absences, unallocated until its case.allocated, and its next order and allocation events apply there; "
            + "appointments booked by the home are cancelled; the home sees only its read-only marker (404 for the records, "
            + "409 for a change) and a third authority nothing (404)")
    void aCompletedTransferMovesTheSupervision() {
        SupervisedCase home = Supervision.underOrder(kafka, HOME, TestClock.today().minusMonths(2), TestClock.today().plusMonths(6),
                false);
        String absence = Supervision.missed(home, 200);
        String booked = scheduled(home, TestClock.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        UUID transferId = UUID.randomUUID();
        LocalDate formalDate = TestClock.today();

        publish(Topics.TRANSFERS, new TransferRequested(transferId, TransferKind.FULL, HOME, RECEIVING), RECEIVING, home.caseId());
        accepted(transferId, home.caseId(), TransferKind.FULL, HOME, RECEIVING);
        deliver(completion(transferId, home.caseId(), HOME, RECEIVING, formalDate));

        awaitCase(RECEIVING, home.caseId());
        given().auth().oauth2(manager(RECEIVING)).get(url(home.caseId(), "")).then().statusCode(200)
                .body("caseManager", nullValue()).body("team", nullValue()).body("coWorkers", hasSize(0))
                .body("orders", hasSize(1)).body("orders[0].id", equalTo(home.orderId().toString()))
                .body("orders[0].status", equalTo("in-force")).body("transferredOut", nullValue());
        given().auth().oauth2(manager(RECEIVING)).get(url(home.caseId(), "/absences")).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo(absence));
        given().auth().oauth2(manager(RECEIVING)).get(url(home.caseId(), "/orders/" + home.orderId() + "/escalation")).then()
                .statusCode(200).body("counts.missed", equalTo(1)).body("counts.awaitingJudgement", equalTo(1));
        JsonPath appointments = given().auth().oauth2(manager(RECEIVING)).get(url(home.caseId(), "/appointments")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(appointments.getString("find { it.id == '" + booked + "' }.status")).isEqualTo("cancelled");
        assertThat(appointments.getString("find { it.id == '" + booked + "' }.cancelReason")).isEqualTo("transferred out");
        assertThat(appointments.getList("findAll { it.status == 'missed' }")).hasSize(1);

        // the home: its marker, never the receiving authority's records
        for (String token : List.of(manager(HOME), home.caseManagerToken())) {
            given().auth().oauth2(token).get(url(home.caseId(), "")).then().statusCode(200)
                    .body("status", equalTo("transferred-out")).body("transferredOut.transferId", equalTo(transferId.toString()))
                    .body("transferredOut.receivingAuthority", equalTo(RECEIVING))
                    .body("transferredOut.date", equalTo(formalDate.toString())).body("transferredOut.readOnly", equalTo(true))
                    .body("caseManager", nullValue()).body("orders", hasSize(0)).body("caretaking", hasSize(0));
        }
        String strangerInHome = TestTokens.forSubject(UUID.randomUUID().toString()).authority(HOME).team("another-team")
                .roles("case-worker").sign();
        assertThat(status(strangerInHome, home.caseId(), "")).isEqualTo(404);
        for (String path : List.of("/absences", "/appointments", "/letters", "/orders/" + home.orderId() + "/escalation",
                "/orders/" + home.orderId() + "/contact-frequency")) {
            assertThat(status(manager(HOME), home.caseId(), path)).as(path).isEqualTo(404);
            assertThat(status(manager(THIRD), home.caseId(), path)).as(path).isEqualTo(404);
        }
        given().auth().oauth2(manager(HOME)).queryParam("scope", "authority").queryParam("limit", "200").get("/api/compliance/due")
                .then().statusCode(200).body("caseId", not(org.hamcrest.Matchers.hasItem(home.caseId().toString())));
        given().auth().oauth2(home.caseManagerToken()).contentType(ContentType.JSON).body(Map.of("acceptable", false))
                .post(url(home.caseId(), "/absences/" + absence + "/judgement")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("transferred out to " + RECEIVING));
        given().auth().oauth2(manager(HOME)).contentType(ContentType.JSON)
                .body(Map.of("orderId", home.orderId().toString(), "kind", "supervision",
                        "startsAt", TestClock.now().plus(Duration.ofDays(3)).toString(),
                        "endsAt", TestClock.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(1)).toString(), "place", "office"))
                .post(url(home.caseId(), "/appointments")).then().statusCode(409).contentType(PROBLEM);
        // a third authority: nothing at all
        assertThat(status(manager(THIRD), home.caseId(), "")).isEqualTo(404);

        // the receiving authority allocates, and the court varies the order there
        UUID newManager = UUID.randomUUID();
        allocate(RECEIVING, home.caseId(), home.orderId(), newManager);
        LocalDate extended = TestClock.today().plusMonths(9);
        publish(Topics.ORDERS, new OrderVaried(home.orderId(), TestClock.today(), "extended by the court", List.of(), extended),
                RECEIVING, home.caseId());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath now = view(manager(RECEIVING), home.caseId());
            return newManager.toString().equals(now.getString("caseManager")) && extended.toString().equals(now.getString("orders[0].endDate"));
        });
        SupervisedCase received = new SupervisedCase(RECEIVING, home.caseId(), home.orderId(), newManager);
        given().auth().oauth2(received.caseManagerToken()).get(url(home.caseId(), "")).then().statusCode(200)
                .body("team", equalTo(Supervision.TEAM));
        given().auth().oauth2(received.caseManagerToken()).contentType(ContentType.JSON).body(Map.of("acceptable", false))
                .post(url(home.caseId(), "/absences/" + absence + "/judgement")).then().statusCode(200)
                .body("judgement", equalTo("unacceptable"));

        // the home's own event for the case, arriving late, is refused with where the case went
        EventEnvelope stale = publish(Topics.ORDERS, new OrderVaried(home.orderId(), TestClock.today(), "late", List.of(),
                TestClock.today().plusMonths(1)), HOME, home.caseId());
        ConsumerRecord<String, String> refused = deadLettered(Topics.deadLetter(Topics.ORDERS, "compliance-service"), home.caseId(),
                stale.id().toString()).stream().filter(r -> r.value().contains(stale.id().toString())).findFirst().orElseThrow();
        assertThat(reason(refused)).contains("transferred case " + home.caseId() + " out to " + RECEIVING);
        assertThat(view(manager(RECEIVING), home.caseId()).getString("orders[0].endDate")).isEqualTo(extended.toString());
        // so is the home's case.opened, announced again: the case stays the receiving authority's
        EventEnvelope reopened = publish(Topics.ORDERS, new org.youthjustice.events.orders.CaseOpened(home.caseId(), "HOME-AGAIN",
                "female", false, "east"), HOME, home.caseId());
        ConsumerRecord<String, String> refusedOpening = deadLettered(Topics.deadLetter(Topics.ORDERS, "compliance-service"),
                home.caseId(), reopened.id().toString()).stream().filter(r -> r.value().contains(reopened.id().toString()))
                .findFirst().orElseThrow();
        assertThat(reason(refusedOpening)).contains("transferred case " + home.caseId() + " out to " + RECEIVING);
        Object[] row = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select authority, reference from supervised_case where id = :id")
                .setParameter("id", home.caseId()).getSingleResult());
        assertThat(row).containsExactly(RECEIVING, Supervision.reference(home.caseId()));
    }

    @Test
    @DisplayName("TRF-1: a completion delivered again, or published again as a new event after the receiving authority "
            + "allocated the case, changes nothing; the home keeps one marker")
    void aCompletionAppliesOnce() {
        SupervisedCase home = Supervision.underOrder(kafka, HOME, TestClock.today().minusMonths(1), TestClock.today().plusMonths(6),
                false);
        UUID transferId = UUID.randomUUID();
        accepted(transferId, home.caseId(), TransferKind.FULL, HOME, RECEIVING);
        EventEnvelope completed = completion(transferId, home.caseId(), HOME, RECEIVING, TestClock.today());
        deliver(completed);
        deliver(completed);
        awaitCase(RECEIVING, home.caseId());
        UUID newManager = UUID.randomUUID();
        allocate(RECEIVING, home.caseId(), home.orderId(), newManager);
        await().atMost(Duration.ofSeconds(30)).until(() -> newManager.toString().equals(view(manager(RECEIVING), home.caseId())
                .getString("caseManager")));

        deliver(completed);
        deliver(completion(transferId, home.caseId(), HOME, RECEIVING, TestClock.today()));
        // behind them on the case's partition: a completion refused, so by the time it is dead-lettered they were applied
        UUID unaccepted = UUID.randomUUID();
        deliver(completion(unaccepted, home.caseId(), HOME, RECEIVING, TestClock.today()));
        List<ConsumerRecord<String, String>> dead = deadLettered(TRANSFERS_DLQ, home.caseId(), unaccepted.toString());

        assertThat(dead).extracting(ConsumerRecord::value).allSatisfy(value -> assertThat(value).contains(unaccepted.toString()));
        given().auth().oauth2(manager(RECEIVING)).get(url(home.caseId(), "")).then().statusCode(200)
                .body("caseManager", equalTo(newManager.toString())).body("orders", hasSize(1));
        given().auth().oauth2(manager(HOME)).get(url(home.caseId(), "")).then().statusCode(200)
                .body("status", equalTo("transferred-out")).body("transferredOut.transferId", equalTo(transferId.toString()));
    }

    @Test
    @DisplayName("TRF-6, X-1: a completion with no accepted transfer behind it, or one accepted as another kind, goes to "
            + "yj.transfers.v1.compliance-service.dlq with its reason and changes nothing; other transfer events are no fault")
    void aCompletionWithoutAnAcceptedTransferIsRefused() {
        SupervisedCase home = Supervision.underOrder(kafka, HOME, TestClock.today().minusMonths(1), TestClock.today().plusMonths(6),
                false);
        UUID never = UUID.randomUUID();
        UUID caretakingOnly = UUID.randomUUID();
        publish(Topics.TRANSFERS, new TransferRequested(caretakingOnly, TransferKind.CARETAKING, HOME, RECEIVING), RECEIVING,
                home.caseId());
        publish(Topics.TRANSFERS, new TransferReviewed(never, TransferDecision.STAYED, List.of("need the PSR"), TransferKind.FULL,
                HOME, RECEIVING), HOME, home.caseId());
        accepted(caretakingOnly, home.caseId(), TransferKind.CARETAKING, HOME, RECEIVING);

        deliver(completion(never, home.caseId(), HOME, RECEIVING, TestClock.today()));
        deliver(completion(caretakingOnly, home.caseId(), HOME, RECEIVING, TestClock.today()));

        List<ConsumerRecord<String, String>> dead = deadLettered(TRANSFERS_DLQ, home.caseId(), caretakingOnly.toString());
        assertThat(dead).hasSize(2);
        assertThat(reason(dead.get(0))).contains("transfer " + never + " was never accepted");
        assertThat(reason(dead.get(1))).contains("caretaking transfer").contains("not as a full transfer");
        // only the two completions: the request and the reviews were no fault
        assertThat(dead).extracting(r -> EventJson.read(r.value()).type()).containsOnly("transfer.completed");
        given().auth().oauth2(home.caseManagerToken()).get(url(home.caseId(), "")).then().statusCode(200)
                .body("status", equalTo("supervised")).body("caseManager", equalTo(home.caseManager().toString()))
                .body("orders", hasSize(1)).body("transferredOut", nullValue());
        assertThat(status(manager(RECEIVING), home.caseId(), "")).isEqualTo(404);
    }

    @Test
    @DisplayName("CMP-10, CMP-3: the enforcement history travels with the case: an earlier order's warning and letter, and "
            + "the order in force's exception, which the receiving authority cannot use a second time")
    void enforcementHistoryTravels() {
        SupervisedCase home = Supervision.underOrder(kafka, HOME, TestClock.today().minusMonths(3), TestClock.today().plusMonths(6),
                false);
        // the first order: an unacceptable absence, a first warning and its letter; then revoked, which ends its enforcement
        Supervision.judgedUnacceptable(home, Supervision.missed(home, 240));
        publish(Topics.ORDERS, new OrderRevoked(home.orderId(), TestClock.today(), "resentenced"), HOME, home.caseId());
        UUID secondOrder = UUID.randomUUID();
        LocalDate start = TestClock.today().minusMonths(1);
        publish(Topics.ORDERS, new OrderMade(secondOrder, OrderType.YOUTH_REHABILITATION_ORDER, start, TestClock.today().plusMonths(9),
                List.of(), Supervision.TEAM, null, null, start, false, "female", false), HOME, home.caseId());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath now = view(manager(HOME), home.caseId());
            return now.getList("orders").size() == 2 && "revoked".equals(now.getString("orders.find { it.id == '" + home.orderId()
                    + "' }.status"));
        });
        SupervisedCase second = new SupervisedCase(HOME, home.caseId(), secondOrder, home.caseManager());
        given().auth().oauth2(home.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("acceptable", true, "exception", Map.of("rationale", "first absence, good record",
                        "verbalWarning", "told that a second absence without evidence is unacceptable")))
                .post(url(home.caseId(), "/absences/" + Supervision.missed(second, 220) + "/judgement")).then().statusCode(200);

        UUID transferId = UUID.randomUUID();
        accepted(transferId, home.caseId(), TransferKind.FULL, HOME, RECEIVING);
        deliver(completion(transferId, home.caseId(), HOME, RECEIVING, TestClock.today()));
        awaitCase(RECEIVING, home.caseId());

        String receivingManager = manager(RECEIVING);
        given().auth().oauth2(receivingManager).get(url(home.caseId(), "/orders/" + home.orderId() + "/escalation")).then()
                .statusCode(200).body("counts.unacceptable", equalTo(1)).body("history.step", org.hamcrest.Matchers.hasItem("first-warning"));
        given().auth().oauth2(receivingManager).get(url(home.caseId(), "/letters")).then().statusCode(200)
                .body("findAll { it.kind == 'first-warning' }", hasSize(1));
        given().auth().oauth2(receivingManager).get(url(home.caseId(), "/orders/" + secondOrder + "/escalation")).then()
                .statusCode(200).body("counts.acceptable", equalTo(1)).body("exceptionUsed", equalTo(true));

        UUID newManager = UUID.randomUUID();
        allocate(RECEIVING, home.caseId(), secondOrder, newManager);
        await().atMost(Duration.ofSeconds(30)).until(() -> newManager.toString().equals(view(receivingManager, home.caseId())
                .getString("caseManager")));
        SupervisedCase received = new SupervisedCase(RECEIVING, home.caseId(), secondOrder, newManager);
        given().auth().oauth2(received.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("acceptable", true, "exception", Map.of("rationale", "ill", "verbalWarning", "warned")))
                .post(url(home.caseId(), "/absences/" + Supervision.missed(received, 200) + "/judgement")).then().statusCode(422)
                .body("violations.rule", org.hamcrest.Matchers.hasItem("CMP-3"));
        assertThat(status(manager(HOME), home.caseId(), "/letters")).isEqualTo(404);
    }

    @Test
    @DisplayName("TRF-14, TRF-8: caretaking shows on the home authority's case with the host, its dates and that the home keeps "
            + "the enforcement decisions, which it goes on making; the host sees nothing here; delivered twice it is one; "
            + "caretaking.ended closes it with its outcome")
    void caretakingIsShownAndTheHomeKeepsEnforcementDecisions() {
        SupervisedCase home = Supervision.underOrder(kafka, HOME, TestClock.today().minusMonths(2), TestClock.today().plusMonths(6),
                false);
        UUID transferId = UUID.randomUUID();
        LocalDate startDate = TestClock.today();
        LocalDate reviewDate = startDate.plusMonths(3);
        List<String> responsibilities = List.of("host: supervision sessions", "home: enforcement decisions");
        accepted(transferId, home.caseId(), TransferKind.CARETAKING, HOME, RECEIVING);
        EventEnvelope started = EventEnvelope.wrap(new CaretakingStarted(transferId, RECEIVING, startDate, reviewDate, responsibilities),
                "transfer-service", TestClock.now(), HOME, home.caseId());
        deliver(started);
        deliver(started);

        await().atMost(Duration.ofSeconds(30)).until(() -> view(manager(HOME), home.caseId()).getList("caretaking").size() == 1);
        given().auth().oauth2(home.caseManagerToken()).get(url(home.caseId(), "")).then().statusCode(200)
                .body("status", equalTo("supervised")).body("caretaking", hasSize(1))
                .body("caretaking[0].transferId", equalTo(transferId.toString()))
                .body("caretaking[0].hostAuthority", equalTo(RECEIVING))
                .body("caretaking[0].startDate", equalTo(startDate.toString()))
                .body("caretaking[0].reviewDate", equalTo(reviewDate.toString()))
                .body("caretaking[0].endDate", nullValue()).body("caretaking[0].current", equalTo(true))
                .body("caretaking[0].homeKeeps", equalTo("enforcement decisions"))
                .body("caseManager", equalTo(home.caseManager().toString())).body("orders", hasSize(1));
        // the host supervises the child, but the case and its enforcement stay the home's
        assertThat(status(manager(RECEIVING), home.caseId(), "")).isEqualTo(404);
        String absence = Supervision.missed(home, 210);
        given().auth().oauth2(manager(RECEIVING)).contentType(ContentType.JSON).body(Map.of("acceptable", false))
                .post(url(home.caseId(), "/absences/" + absence + "/judgement")).then().statusCode(404);
        Supervision.judgedUnacceptable(home, absence);
        given().auth().oauth2(home.caseManagerToken()).get(url(home.caseId(), "/orders/" + home.orderId() + "/escalation")).then()
                .statusCode(200).body("counts.unacceptable", equalTo(1)).body("history.step", org.hamcrest.Matchers.hasItem("first-warning"));

        LocalDate endDate = startDate.plusWeeks(6);
        deliver(EventEnvelope.wrap(new CaretakingEnded(transferId, RECEIVING, startDate, reviewDate, responsibilities, endDate,
                CaretakingEnded.Outcome.RETURNED_HOME), "transfer-service", TestClock.now(), HOME, home.caseId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> endDate.toString().equals(view(manager(HOME), home.caseId())
                .getString("caretaking[0].endDate")));
        given().auth().oauth2(manager(HOME)).get(url(home.caseId(), "")).then()
                .body("caretaking", hasSize(1)).body("caretaking[0].outcome", equalTo("returned-home"))
                .body("caretaking[0].current", equalTo(false));
    }
}
