package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.IOException;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
            + "in order-service in 2 weeks; CMP-5, X-6: the first warning letter written from order-service's contact details")
    void threeUnacceptableAbsencesLeadToABreachListing(RunningPlatform platform) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String familyName = "Breach-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> outcome = CourtOutcomes.youthRehabilitationOrder(today, Map.of("givenName", "Jordan",
                "familyName", familyName, "dateOfBirth", today.minusYears(14).toString(), "genderIdentity", "male",
                "address", "3 Elm Close, Wokingham, RG41 2ZZ", "parentCarers", List.of(Map.of("name", "Chris Doe",
                        "relationship", "father", "address", "3 Elm Close, Wokingham, RG41 2ZZ"))), "burglary");
        String caseId = as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
        String orderId = ComplianceScenarios.supervisedOrder(platform, caseId);
        for (int secondsAgo = 90; secondsAgo >= 30; secondsAgo -= 30) {
            ComplianceScenarios.unacceptableAbsence(platform, caseId, orderId, secondsAgo);
        }
        String breach = as(platform, "wokingham-team-manager")
                .get("/api/compliance/cases/" + caseId + "/orders/" + orderId + "/escalation").then().statusCode(200)
                .extract().path("nextActions.find { it.action == 'breach-proceedings' }.stepId");
        as(platform, "wokingham-team-manager").body(Map.of("summary", "Three unexplained absences", "riskOrSafeguardingConcerns", false))
                .post("/api/compliance/cases/" + caseId + "/enforcement/" + breach + "/breach-report").then().statusCode(200);
        as(platform, "wokingham-advanced-practitioner").post("/api/compliance/cases/" + caseId + "/enforcement/" + breach + "/approval")
                .then().statusCode(200);

        // CMP-5, X-6: the first warning letter, written with the child's details read from order-service on the
        // manager's behalf, names the next appointment and is copied to the parent of a 14-year-old
        Instant next = today.plusDays(1).atTime(16, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        as(platform, "wokingham-team-manager").body(Map.of("orderId", orderId, "kind", "supervision", "startsAt", next.toString(),
                        "endsAt", next.plus(Duration.ofHours(1)).toString(), "place", "YJS office, Shute End"))
                .post("/api/compliance/cases/" + caseId + "/appointments").then().statusCode(201);
        String letter = as(platform, "wokingham-team-manager").get("/api/compliance/cases/" + caseId + "/letters").then()
                .statusCode(200).extract().path("find { it.kind == 'first-warning' }.id");
        String pdf = as(platform, "wokingham-team-manager").post("/api/compliance/cases/" + caseId + "/letters/" + letter + "/production")
                .then().statusCode(200).body("status", equalTo("produced")).body("parentCarersCopied", equalTo(1))
                .extract().path("pdf");
        byte[] written = given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-team-manager")).get(pdf)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(written)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Jordan " + familyName + " 3 Elm Close Wokingham RG41 2ZZ")
                    .contains("Dear Jordan")
                    .contains("at YJS office, Shute End")
                    .contains("Copy to: Chris Doe (father)");
        }

        // breach.initiated reaches order-service over Kafka: the listing is a milestone of the case plan
        await().atMost(Duration.ofSeconds(60)).until(() -> today.plusWeeks(2).toString().equals(as(platform, "wokingham-team-manager")
                .get("/api/orders/cases/" + caseId).jsonPath().getString("milestones.find { it.step == 'breach-listing' }.dueDate")));
    }
}
