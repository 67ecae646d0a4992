package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Compliance to court across services: absences in compliance-service, the listing in order-service, over Kafka. */
@EndToEnd
class BreachFlowTest {
    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    @Test
    @DisplayName("CMP-7 end to end: three unacceptable absences → breach approved by a manager → the breach listing is due "
            + "in order-service in 2 weeks")
    void threeUnacceptableAbsencesLeadToABreachListing(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "sentenced",
                "child", Map.of("givenName", "Jordan", "familyName", "Breach-" + UUID.randomUUID(), "dateOfBirth", "2010-03-03",
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "burglary", "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
        String caseId = as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
        String orderId = as(platform, "wokingham-team-manager").get("/api/orders/cases/" + caseId)
                .then().statusCode(200).extract().path("orders[0].id");

        // order.made reaches compliance-service over Kafka
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .get("/api/compliance/cases/" + caseId).statusCode() == 200);

        for (int secondsAgo = 90; secondsAgo >= 30; secondsAgo -= 30) {
            Instant starts = Instant.now().minusSeconds(secondsAgo).truncatedTo(ChronoUnit.SECONDS);
            String appointment = as(platform, "wokingham-team-manager").body(Map.of("orderId", orderId, "kind", "supervision",
                            "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                    .post("/api/compliance/cases/" + caseId + "/appointments").then().statusCode(201).extract().path("appointment.id");
            as(platform, "wokingham-team-manager").body(Map.of("attended", false))
                    .post("/api/compliance/cases/" + caseId + "/appointments/" + appointment + "/attendance").then().statusCode(200);
            String absence = as(platform, "wokingham-team-manager").get("/api/compliance/cases/" + caseId + "/absences")
                    .then().statusCode(200).extract().path("find { it.appointmentId == '" + appointment + "' }.id");
            as(platform, "wokingham-team-manager").body(Map.of("acceptable", false))
                    .post("/api/compliance/cases/" + caseId + "/absences/" + absence + "/judgement").then().statusCode(200);
        }
        String breach = as(platform, "wokingham-team-manager")
                .get("/api/compliance/cases/" + caseId + "/orders/" + orderId + "/escalation").then().statusCode(200)
                .body("nextActions[0].action", equalTo("breach-proceedings")).extract().path("nextActions[0].stepId");
        as(platform, "wokingham-team-manager").body(Map.of("summary", "Three unexplained absences", "riskOrSafeguardingConcerns", false))
                .post("/api/compliance/cases/" + caseId + "/enforcement/" + breach + "/breach-report").then().statusCode(200);
        as(platform, "wokingham-advanced-practitioner").post("/api/compliance/cases/" + caseId + "/enforcement/" + breach + "/approval")
                .then().statusCode(200);

        // breach.initiated reaches order-service over Kafka: the listing is a milestone of the case plan
        await().atMost(Duration.ofSeconds(60)).until(() -> today.plusWeeks(2).toString().equals(as(platform, "wokingham-team-manager")
                .get("/api/orders/cases/" + caseId).jsonPath().getString("milestones.find { it.step == 'breach-listing' }.dueDate")));
    }
}
