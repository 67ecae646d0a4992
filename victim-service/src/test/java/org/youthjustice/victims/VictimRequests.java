package org.youthjustice.victims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/** The requests and events victim-service's tests share: tokens by role, a case as order-service announces it, victims. */
public final class VictimRequests {
    public static final String ROOT = "/api/victims";
    public static final String PROBLEM = "application/problem+json";
    public static final String REASON = "Access-Reason";

    private VictimRequests() {
    }

    public static String rjWorker(String authority) {
        return rjWorker(UUID.randomUUID(), authority);
    }

    public static String rjWorker(UUID subject, String authority) {
        return TestTokens.forSubject(subject.toString()).authority(authority).roles("rj-worker").sign();
    }

    public static String teamManager(String authority) {
        return TestTokens.token(authority, "team-manager");
    }

    public static String serviceManager(String authority) {
        return TestTokens.token(authority, "service-manager");
    }

    /** The police partner's system of {@code authority} (client credentials). */
    public static String police(String authority) {
        return TestTokens.forSubject("service-account-" + authority + "-police-system").authority(authority).roles("partner-police").sign();
    }

    /** Every role that is not victim work: each gets 404 on victims (VIC-4). */
    public static List<String> everyoneElse(String authority) {
        return List.of(TestTokens.token(authority, "case-worker"), TestTokens.token(authority, "senior-case-manager"),
                TestTokens.token(authority, "advanced-practitioner"), TestTokens.token(authority, "court-officer"),
                TestTokens.token(authority, "business-support"), TestTokens.token(authority, "partnership-analyst"),
                TestTokens.token(authority, "platform-admin"), police(authority));
    }

    public static void publish(KafkaBroker kafka, String topic, String authority, UUID caseId, EventData data) {
        EventEnvelope event = EventEnvelope.wrap(data, "test", TestClock.now(), authority, caseId);
        kafka.publish(topic, caseId.toString(), EventJson.write(event));
    }

    /** A case order-service opened, once victim-service knows it. */
    public static UUID openCase(KafkaBroker kafka, String authority) {
        UUID caseId = UUID.randomUUID();
        publish(kafka, Topics.ORDERS, authority, caseId, new CaseOpened(caseId, "YJ-" + caseId.toString().substring(0, 6), "female",
                false, "Wokingham"));
        String token = rjWorker(authority);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get(ROOT + "/cases/" + caseId).statusCode() == 200);
        return caseId;
    }

    /** A youth rehabilitation order made on {@code sentencedOn}; its id. */
    public static UUID sentence(KafkaBroker kafka, String authority, UUID caseId, LocalDate sentencedOn) {
        UUID orderId = UUID.randomUUID();
        publish(kafka, Topics.ORDERS, authority, caseId, new OrderMade(orderId, OrderType.YOUTH_REHABILITATION_ORDER, sentencedOn,
                sentencedOn.plusMonths(12), List.of(), "north", null, null, sentencedOn, false, "female", false));
        return orderId;
    }

    public static Map<String, Object> adult(String name) {
        Map<String, Object> details = new HashMap<>();
        details.put("name", name);
        details.put("dateOfBirth", "1985-06-15");
        details.put("address", "14 Larch Close, Wokingham");
        details.put("phone", "07700 900321");
        details.put("email", "victim@example.invalid");
        details.put("preferredContactMethod", "phone");
        return details;
    }

    /** A victim aged {@code years} on the test clock's day, with a parent (VIC-6). */
    public static Map<String, Object> child(String name, int years) {
        Map<String, Object> details = adult(name);
        details.put("dateOfBirth", TestClock.today().minusYears(years).toString());
        details.put("parentOrGuardian", Map.of("name", "Parent of " + name, "relationship", "mother", "phone", "07700 900654"));
        return details;
    }

    public static Map<String, Object> referral(UUID caseId, Map<String, Object> details, boolean consent) {
        return Map.of("caseId", caseId.toString(), "policeReference", "TVP-" + UUID.randomUUID(), "victimAskedNotToShare", false,
                "directVictim", true, "consentToContact", consent, "consentGivenOn", TestClock.today().toString(), "details", details);
    }

    public static Response refer(String authority, Object body) {
        return given().auth().oauth2(police(authority)).contentType(ContentType.JSON).body(body).post(ROOT + "/referrals");
    }

    /** A consenting direct victim referred by the police; their reference. */
    public static String referred(String authority, UUID caseId, Map<String, Object> details) {
        return refer(authority, referral(caseId, details, true)).then().log().ifValidationFails().statusCode(201).extract().path("victimRef");
    }

    public static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ROOT + path);
    }

    public static Response get(String token, String path) {
        return given().auth().oauth2(token).get(ROOT + path);
    }

    /** The victim's tasks, as the victim's view lists them. */
    public static List<Map<String, Object>> tasks(String token, String victimRef) {
        return get(token, "/victims/" + victimRef).then().statusCode(200).extract().path("tasks");
    }

    /** Waits until the victim's tasks satisfy {@code condition}; then returns them. */
    public static List<Map<String, Object>> tasksOnce(String token, String victimRef, Predicate<List<Map<String, Object>>> condition) {
        await().atMost(Duration.ofSeconds(30)).until(() -> condition.test(tasks(token, victimRef)));
        return tasks(token, victimRef);
    }

    /** The first event of {@code type} on the victims' topic about {@code caseId}. */
    public static EventEnvelope victimEvent(KafkaBroker kafka, UUID caseId, String type) {
        Predicate<ConsumerRecord<String, String>> matches = r -> {
            EventEnvelope event = EventJson.read(r.value());
            return event.type().equals(type) && caseId.equals(event.caseId());
        };
        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.VICTIMS, all -> all.stream().anyMatch(matches),
                Duration.ofSeconds(30));
        return records.stream().filter(matches).map(r -> EventJson.read(r.value())).findFirst().orElseThrow();
    }

    /** Every event on the victims' topic about {@code caseId}, once {@code count} of them are there. */
    public static List<EventEnvelope> victimEvents(KafkaBroker kafka, UUID caseId, int count) {
        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.VICTIMS,
                all -> all.stream().filter(r -> caseId.toString().equals(r.key())).count() >= count, Duration.ofSeconds(30));
        return records.stream().filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value())).toList();
    }
}
