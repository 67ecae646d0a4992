package org.youthjustice.orders;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/** Cases as order-service's tests need them: sentenced through the API, allocated through real Kafka. */
public final class CaseFixtures {
    public static final String TEAM = "community-orders-unit";

    private CaseFixtures() {
    }

    /** A case with its order, as the API answered. */
    public record SentencedCase(String authority, UUID caseId, UUID orderId) {
    }

    public static Map<String, Object> yro(String startDate, String endDate) {
        return Map.of("type", "youth-rehabilitation-order", "startDate", startDate, "endDate", endDate,
                "requirements", List.of(Map.of("type", "supervision")), "custodyThresholdPassed", false, "persistentOffender", false);
    }

    public static Map<String, Object> sentencedOutcome(String hearingDate, String dateOfBirth, boolean courtOfficerPresent,
            Map<String, Object> order) {
        Map<String, Object> court = Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false,
                "yjsCourtOfficerPresent", courtOfficerPresent);
        return new HashMap<>(Map.of("court", court, "courtReference", "P-" + UUID.randomUUID(), "hearingDate", hearingDate,
                "outcome", "sentenced",
                "child", Map.of("givenName", "Ash", "familyName", "Reed-" + UUID.randomUUID(), "dateOfBirth", dateOfBirth,
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "burglary", "imprisonable", true)),
                "order", order));
    }

    /**
     * A child born 2011-05-05 (15 in 2026) sentenced to a YRO from {@code startDate} to {@code endDate};
     * sentenced that day, or today for an order starting later.
     */
    public static SentencedCase sentencedYro(String authority, String startDate, String endDate) {
        java.time.LocalDate today = TestClock.today();
        String hearing = java.time.LocalDate.parse(startDate).isAfter(today) ? today.toString() : startDate;
        return sentenced(authority, sentencedOutcome(hearing, "2011-05-05", false, yro(startDate, endDate)));
    }

    public static SentencedCase sentenced(String authority, Map<String, Object> outcome) {
        String caseId = given().auth().oauth2(TestTokens.token(authority, "court-officer")).contentType(ContentType.JSON)
                .body(outcome).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
        String orderId = view(authority, UUID.fromString(caseId)).getString("orders[0].id");
        return new SentencedCase(authority, UUID.fromString(caseId), UUID.fromString(orderId));
    }

    /** The case as the authority's team manager sees it. */
    public static JsonPath view(String authority, UUID caseId) {
        return given().auth().oauth2(TestTokens.token(authority, "team-manager")).get("/api/orders/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The case's milestones of one step, oldest trigger first. */
    public static List<Map<String, Object>> milestones(SentencedCase sentenced, String step) {
        return view(sentenced.authority(), sentenced.caseId()).<Map<String, Object>>getList("milestones").stream()
                .filter(m -> step.equals(m.get("step")))
                .sorted(java.util.Comparator.comparing(m -> (String) m.get("triggeredAt")))
                .toList();
    }

    public static EventEnvelope allocation(SentencedCase sentenced, UUID worker, String team, Instant allocatedAt,
            UUID... coWorkers) {
        CaseAllocated data = new CaseAllocated(UUID.randomUUID(), sentenced.caseId(), sentenced.orderId(), null,
                new CaseManager(worker, "B", team),
                java.util.Arrays.stream(coWorkers).map(w -> new AllocatedWorker(w, "co-worker")).toList(), null,
                "wokingham-team-manager", allocatedAt);
        return EventEnvelope.wrap(data, "allocation-service", allocatedAt, sentenced.authority(), sentenced.caseId());
    }

    public static void publish(KafkaBroker kafka, EventEnvelope event) {
        kafka.publish(Topics.ALLOCATIONS, event.caseId().toString(), EventJson.write(event));
    }

    /** Allocates the case to {@code worker} through Kafka and waits until order-service has applied it. */
    public static EventEnvelope allocate(KafkaBroker kafka, SentencedCase sentenced, UUID worker, Instant allocatedAt,
            UUID... coWorkers) {
        EventEnvelope event = allocation(sentenced, worker, TEAM, allocatedAt, coWorkers);
        publish(kafka, event);
        awaitAllocation(sentenced, event.dataAs(CaseAllocated.class).allocationId());
        return event;
    }

    public static void awaitAllocation(SentencedCase sentenced, UUID allocationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> view(sentenced.authority(), sentenced.caseId())
                .<String>getList("allocations.id").contains(allocationId.toString()));
    }

    /** order-service's events of {@code type} about a case, read from the broker once there are {@code atLeast}. */
    public static List<EventEnvelope> eventsOf(KafkaBroker kafka, UUID caseId, String type, int atLeast) {
        java.util.function.Function<List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>, List<EventEnvelope>> ofCase =
                records -> records.stream().filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                        .filter(e -> type.equals(e.type())).toList();
        return ofCase.apply(kafka.readUntil(Topics.ORDERS, records -> ofCase.apply(records).size() >= atLeast,
                Duration.ofSeconds(30)));
    }

    /**
     * Every event about a case, read from the broker until one of {@code type} has arrived: what the
     * service published before that event, in order (one case's events share a partition).
     */
    public static List<EventEnvelope> eventsUntil(KafkaBroker kafka, UUID caseId, String type) {
        java.util.function.Function<List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>, List<EventEnvelope>> ofCase =
                records -> records.stream().filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                        .toList();
        return ofCase.apply(kafka.readUntil(Topics.ORDERS,
                records -> ofCase.apply(records).stream().anyMatch(e -> type.equals(e.type())), Duration.ofSeconds(30)));
    }

    /** A token for a realm user whose id is {@code worker}, in the default team. */
    public static String worker(String authority, UUID worker, String... roles) {
        return TestTokens.forSubject(worker.toString()).authority(authority).team(TEAM).roles(roles).sign();
    }
}
