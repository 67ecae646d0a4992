package org.youthjustice.allocation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.RiskLevels;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * What allocation-service's tests set up through its API and real Kafka: workers, the other services' events
 * (each on its own topic, as its producer publishes it), the requests orders bring and the decisions on them.
 */
public final class AllocationScenario {
    public static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    private final KafkaBroker kafka;

    public AllocationScenario(KafkaBroker kafka) {
        this.kafka = kafka;
    }

    /** A worker of wokingham's, full time, created by a team manager. */
    public static UUID worker(String team, String name, String grade, String gender) {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("name", name, "team", team, "grade", grade,
                "genderIdentity", gender, "contractedHours", 37)).put("/api/allocations/workers/" + id).then().statusCode(201);
        return id;
    }

    /** The event, on its type's topic, as the service that owns it publishes it about the case; its envelope. */
    public EventEnvelope publish(String authority, UUID caseId, EventData data) {
        EventType type = EventType.of(data.getClass());
        EventEnvelope event = EventEnvelope.wrap(data, source(type.topic()), TestClock.now(), authority, caseId);
        redeliver(event);
        return event;
    }

    /** The same event once more, as Kafka may deliver it again after a consumer's failure. */
    public void redeliver(EventEnvelope event) {
        kafka.publish(EventType.byWireName(event.type()).orElseThrow().topic(), event.caseId().toString(), EventJson.write(event));
    }

    private static String source(String topic) {
        return switch (topic) {
            case Topics.ORDERS -> "order-service";
            case Topics.COMPLIANCE -> "compliance-service";
            case Topics.VICTIMS -> "victim-service";
            case Topics.TRANSFERS -> "transfer-service";
            default -> throw new IllegalArgumentException("allocation-service's tests publish no events on " + topic);
        };
    }

    /** A youth rehabilitation order for a child of this gender identity and RoSH, routed to the team; the request it brings. */
    public String order(String team, UUID caseId, UUID orderId, String gender, RiskLevel rosh) {
        publish("wokingham", caseId, new CaseOpened(caseId, "YJ-" + caseId.toString().substring(0, 6), gender, false, "east"));
        publish("wokingham", caseId, new OrderMade(orderId, OrderType.YOUTH_REHABILITATION_ORDER, TestClock.today(),
                TestClock.today().plusYears(1), List.of(), team, new RiskLevels(rosh, RiskLevel.MEDIUM), null,
                TestClock.today(), false, gender, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(MANAGER).queryParam("team", team)
                .queryParam("caseId", caseId.toString()).get("/api/allocations/allocation-requests").jsonPath().getList("orderId")
                .contains(orderId.toString()));
        return given().auth().oauth2(MANAGER).queryParam("team", team).queryParam("caseId", caseId.toString())
                .get("/api/allocations/allocation-requests").jsonPath().getString("find { it.orderId == '" + orderId + "' }.id");
    }

    /** The manager's decision on a request: this worker as case manager, with a rationale if any. */
    public static Response decide(String request, UUID worker, String rationale) {
        Map<String, Object> body = rationale == null ? Map.of("workerId", worker.toString())
                : Map.of("workerId", worker.toString(), "rationale", rationale);
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .post("/api/allocations/allocation-requests/" + request + "/decision");
    }

    /** The first event of this type about the case on yj.allocations.v1, as allocation-service published it. */
    public EventEnvelope allocationEvent(String type, UUID caseId) {
        Predicate<EventEnvelope> wanted = e -> e.type().equals(type) && caseId.equals(e.caseId());
        return kafka.readUntil(Topics.ALLOCATIONS, records -> records.stream().map(r -> EventJson.read(r.value())).anyMatch(wanted),
                Duration.ofSeconds(30)).stream().map(r -> EventJson.read(r.value())).filter(wanted).findFirst().orElseThrow();
    }
}
