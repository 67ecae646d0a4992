package org.youthjustice.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/** A case under an order, as order-service and allocation-service announce it to compliance over Kafka. */
public final class Supervision {
    public static final String TEAM = "community-orders-unit";

    private Supervision() {
    }

    public record SupervisedCase(String authority, UUID caseId, UUID orderId, UUID caseManager) {
        /** A token for the case manager. */
        public String caseManagerToken() {
            return TestTokens.forSubject(caseManager.toString()).authority(authority).team(TEAM).roles("case-worker").sign();
        }
    }

    /** The case reference order-service gave the case. */
    public static String reference(UUID caseId) {
        return "YJ-TEST-" + caseId.toString().substring(0, 8).toUpperCase();
    }

    /** A youth rehabilitation order (or, {@code outOfCourt}, a youth conditional caution) from {@code start} to {@code end}, allocated. */
    public static SupervisedCase underOrder(KafkaBroker kafka, String authority, LocalDate start, LocalDate end, boolean outOfCourt) {
        UUID caseId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        UUID caseManager = UUID.randomUUID();
        kafka.publish(org.youthjustice.events.Topics.ORDERS, caseId.toString(), EventJson.write(EventEnvelope.wrap(
                new org.youthjustice.events.orders.CaseOpened(caseId, reference(caseId), "female", false, "east"),
                "order-service", TestClock.now(), authority, caseId)));
        OrderMade made = new OrderMade(orderId, outOfCourt ? OrderType.YOUTH_CONDITIONAL_CAUTION : OrderType.YOUTH_REHABILITATION_ORDER,
                start, end, List.of(), TEAM, null, null, start, outOfCourt, "female", false);
        kafka.publish(org.youthjustice.events.Topics.ORDERS, caseId.toString(),
                EventJson.write(EventEnvelope.wrap(made, "order-service", TestClock.now(), authority, caseId)));
        CaseAllocated allocated = new CaseAllocated(UUID.randomUUID(), caseId, orderId, null, new CaseManager(caseManager, "A", TEAM),
                List.of(), null, "team-manager", TestClock.now());
        kafka.publish(org.youthjustice.events.Topics.ALLOCATIONS, caseId.toString(),
                EventJson.write(EventEnvelope.wrap(allocated, "allocation-service", TestClock.now(), authority, caseId)));
        SupervisedCase supervised = new SupervisedCase(authority, caseId, orderId, caseManager);
        // known with its order, and held by its case manager
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/cases/" + caseId);
            return response.statusCode() == 200 && response.jsonPath().getList("orders.id").contains(orderId.toString());
        });
        return supervised;
    }

    /**
     * An appointment that started {@code secondsAgo} ago (scheduling allows for clocks a few minutes apart),
     * recorded missed; its absence's id.
     */
    public static String missed(SupervisedCase supervised, int secondsAgo) {
        Instant starts = TestClock.now().minusSeconds(secondsAgo).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String token = supervised.caseManagerToken();
        String appointment = given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                        "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(201)
                .extract().path("appointment.id");
        given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("attended", false))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments/" + appointment + "/attendance")
                .then().statusCode(200);
        return given().auth().oauth2(token).get("/api/compliance/cases/" + supervised.caseId() + "/absences").then()
                .statusCode(200).extract().path("find { it.appointmentId == '" + appointment + "' }.id");
    }

    /** The case manager judges the absence unacceptable (no evidence). */
    public static void judgedUnacceptable(SupervisedCase supervised, String absence) {
        given().auth().oauth2(supervised.caseManagerToken()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("acceptable", false))
                .post("/api/compliance/cases/" + supervised.caseId() + "/absences/" + absence + "/judgement").then().statusCode(200);
    }
}
