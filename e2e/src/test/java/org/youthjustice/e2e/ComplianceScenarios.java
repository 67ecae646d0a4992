package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Absences recorded through the gateway, as a case's compliance history for the tests that need one. */
final class ComplianceScenarios {
    private static final String MANAGER = "wokingham-team-manager";

    private ComplianceScenarios() {
    }

    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    /** The case's first order's id, once order.made has reached compliance-service (over Kafka). */
    static String supervisedOrder(RunningPlatform platform, String caseId) {
        String orderId = as(platform, MANAGER).get("/api/orders/cases/" + caseId).then().statusCode(200).extract().path("orders[0].id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, MANAGER).get("/api/compliance/cases/" + caseId).statusCode() == 200);
        return orderId;
    }

    /** An appointment that began {@code secondsAgo}, missed, and the absence judged unacceptable (CMP-2). */
    static void unacceptableAbsence(RunningPlatform platform, String caseId, String orderId, int secondsAgo) {
        Instant starts = Instant.now().minusSeconds(secondsAgo).truncatedTo(ChronoUnit.SECONDS);
        String appointment = as(platform, MANAGER).body(Map.of("orderId", orderId, "kind", "supervision",
                        "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                .post("/api/compliance/cases/" + caseId + "/appointments").then().statusCode(201).extract().path("appointment.id");
        as(platform, MANAGER).body(Map.of("attended", false))
                .post("/api/compliance/cases/" + caseId + "/appointments/" + appointment + "/attendance").then().statusCode(200);
        String absence = as(platform, MANAGER).get("/api/compliance/cases/" + caseId + "/absences")
                .then().statusCode(200).extract().path("find { it.appointmentId == '" + appointment + "' }.id");
        as(platform, MANAGER).body(Map.of("acceptable", false))
                .post("/api/compliance/cases/" + caseId + "/absences/" + absence + "/judgement").then().statusCode(200);
    }
}
