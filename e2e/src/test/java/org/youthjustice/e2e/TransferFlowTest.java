package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

/**
 * A child moves from Wokingham to Nottinghamshire: caretaking first, then a full transfer, through the gateway with
 * real Keycloak tokens of both authorities, and every service following the transfer over Kafka.
 */
@EndToEnd
class TransferFlowTest {
    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    @Test
    @DisplayName("TRF-6, TRF-8, TRF-9, TRF-2, TRF-12, TRF-1, X-1 end to end: caretaking stayed, re-submitted and accepted; the "
            + "agreement signed by both; the host's contact record seen by the home; the presumption of full transfer "
            + "flagged; the full transfer blocked by enforcement until it finishes, then completed: the case is "
            + "Nottinghamshire's in order-, allocation- and compliance-service, and Wokingham keeps a read-only record")
    void caretakingThenFullTransfer(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String familyName = "Transfer-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> outcome = CourtOutcomes.youthRehabilitationOrder(today, Map.of("givenName", "Riley",
                "familyName", familyName, "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "male",
                "address", "3 Elm Close, Wokingham, RG41 2ZZ"), "burglary");
        String caseId = as(platform, "wokingham-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
        String orderId = as(platform, "wokingham-team-manager").get("/api/orders/cases/" + caseId)
                .then().statusCode(200).extract().path("orders[0].id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .get("/api/compliance/cases/" + caseId).statusCode() == 200);

        // caretaking: requested, stayed with reasons, re-submitted with what was missing, accepted (TRF-6)
        String caretaking = TransferScenarios.requested(platform, caseId, "caretaking", familyName, "medium");
        as(platform, "nottinghamshire-team-manager").get("/api/transfers/transfers/tasks").then().statusCode(200)
                .body("transferId", hasItem(caretaking));
        as(platform, "nottinghamshire-team-manager").body(Map.of("decision", "stayed", "reasons",
                List.of("Please confirm who holds parental responsibility"))).post("/api/transfers/transfers/" + caretaking + "/reviews")
                .then().statusCode(201);
        as(platform, "wokingham-case-worker").get("/api/transfers/transfers/" + caretaking).then()
                .body("status", equalTo("stayed")).body("lastDecision.reasons", contains("Please confirm who holds parental responsibility"));
        as(platform, "wokingham-case-worker").body(Map.of("summary", TransferScenarios.summary(familyName, "medium"), "checklist", TransferScenarios.checklist(),
                        "whatChanged", "Parental responsibility confirmed with the father"))
                .post("/api/transfers/transfers/" + caretaking + "/versions").then().statusCode(201);
        as(platform, "nottinghamshire-team-manager").body(Map.of("decision", "accepted", "reasons", List.of("Complete")))
                .post("/api/transfers/transfers/" + caretaking + "/reviews").then().statusCode(201);
        // the agreement, signed by both (TRF-8); caretaking.started reaches order-service
        as(platform, "wokingham-case-worker").body(Map.of("hostCaseManager", "Sam Patel", "homeResponsibleOfficer", "Chris Green",
                        "startDate", today.toString(), "reviewDate", today.plusMonths(2).toString(), "contactEveryDays", 7))
                .put("/api/transfers/transfers/" + caretaking + "/caretaking").then().statusCode(200);
        as(platform, "wokingham-team-manager").post("/api/transfers/transfers/" + caretaking + "/caretaking/signatures")
                .then().statusCode(200).body("status", equalTo("awaiting-signatures"));
        as(platform, "nottinghamshire-team-manager").post("/api/transfers/transfers/" + caretaking + "/caretaking/signatures")
                .then().statusCode(200).body("status", equalTo("in-force"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "nottinghamshire".equals(as(platform, "wokingham-team-manager")
                .get("/api/orders/cases/" + caseId).jsonPath().getString("caretaking[0].hostAuthority")));

        // the host's contact record reaches the home authority (TRF-9)
        as(platform, "nottinghamshire-case-worker").body(Map.of("kind", "contact", "occurredOn", today.toString(),
                "summary", "Office visit: attended with his aunt")).post("/api/transfers/transfers/" + caretaking + "/caretaking/reports")
                .then().statusCode(201);
        as(platform, "wokingham-case-worker").get("/api/transfers/transfers/" + caretaking + "/caretaking/reports").then()
                .statusCode(200).body("summary", hasItem("Office visit: attended with his aunt"));

        // resident in Nottinghamshire for 3 months and likely to remain: a presumption of full transfer, flagged to both (TRF-2)
        as(platform, "nottinghamshire-case-worker").body(Map.of("residentInHostSince", today.minusMonths(3).toString(),
                "likelyToRemain", true)).put("/api/transfers/transfers/" + caretaking + "/caretaking/residence").then().statusCode(200)
                .body("presumption.presumptionOfFullTransfer", equalTo(true));
        for (String manager : List.of("wokingham-team-manager", "nottinghamshire-team-manager")) {
            as(platform, manager).get("/api/transfers/transfers/tasks").then().statusCode(200)
                    .body("findAll { it.transferId == '" + caretaking + "' }.task", hasItem("presumption-of-full-transfer"));
        }
        as(platform, "wokingham-team-manager").body(Map.of("endDate", today.toString(), "outcome", "converted-to-full-transfer",
                "reason", "Settled with his aunt for the rest of the order"))
                .post("/api/transfers/transfers/" + caretaking + "/caretaking/end").then().statusCode(200);

        // the full transfer, accepted
        String full = TransferScenarios.requested(platform, caseId, "full", familyName, "medium");
        as(platform, "nottinghamshire-team-manager").body(Map.of("decision", "accepted", "reasons", List.of("Complete")))
                .post("/api/transfers/transfers/" + full + "/reviews").then().statusCode(201);

        // an unacceptable absence starts enforcement in Wokingham: the transfer waits for it (TRF-12, CMP-10)
        Instant starts = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        String appointment = as(platform, "wokingham-team-manager").body(Map.of("orderId", orderId, "kind", "supervision",
                        "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                .post("/api/compliance/cases/" + caseId + "/appointments").then().statusCode(201).extract().path("appointment.id");
        as(platform, "wokingham-team-manager").body(Map.of("attended", false))
                .post("/api/compliance/cases/" + caseId + "/appointments/" + appointment + "/attendance").then().statusCode(200);
        String absence = as(platform, "wokingham-team-manager").get("/api/compliance/cases/" + caseId + "/absences")
                .then().statusCode(200).extract().path("find { it.appointmentId == '" + appointment + "' }.id");
        as(platform, "wokingham-team-manager").body(Map.of("acceptable", false))
                .post("/api/compliance/cases/" + caseId + "/absences/" + absence + "/judgement").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .get("/api/transfers/transfers/" + full + "/completion").jsonPath().getList("blockers.rule").contains("TRF-12"));
        as(platform, "wokingham-team-manager").body(Map.of()).post("/api/transfers/transfers/" + full + "/completion").then()
                .statusCode(422).body("violations.rule", contains("TRF-12"));

        // written evidence arrives: the absence is acceptable, nothing is left to enforce, and the transfer completes
        as(platform, "wokingham-team-manager").body(Map.of("kind", "sick-note", "description", "GP note for that day"))
                .post("/api/compliance/cases/" + caseId + "/absences/" + absence + "/evidence").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "wokingham-team-manager")
                .get("/api/transfers/transfers/" + full + "/completion").jsonPath().getList("blockers").isEmpty());
        as(platform, "wokingham-team-manager").body(Map.of()).post("/api/transfers/transfers/" + full + "/completion").then()
                .statusCode(200).body("status", equalTo("completed"));

        // every service follows: the case is Nottinghamshire's, with an allocation request there (TRF-1)
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "nottinghamshire-team-manager")
                .get("/api/orders/cases/" + caseId).statusCode() == 200);
        as(platform, "nottinghamshire-team-manager").get("/api/orders/cases/" + caseId).then().body("orders[0].id", equalTo(orderId));
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "nottinghamshire-team-manager")
                .get("/api/compliance/cases/" + caseId).statusCode() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, "nottinghamshire-team-manager")
                .queryParam("team", "community-orders-unit").queryParam("caseId", caseId).get("/api/allocations/allocation-requests").jsonPath().getList("caseId").contains(caseId));
        String request = as(platform, "nottinghamshire-team-manager").queryParam("team", "community-orders-unit").queryParam("caseId", caseId)
                .get("/api/allocations/allocation-requests").jsonPath()
                .getString("find { it.caseId == '" + caseId + "' }.id");

        // Wokingham reads its closed record, and gets 404 for what Nottinghamshire creates
        as(platform, "wokingham-team-manager").get("/api/orders/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("transferred-out")).body("transferredOut.receivingAuthority", equalTo("nottinghamshire"));
        as(platform, "wokingham-team-manager").get("/api/allocations/allocation-requests/" + request).then().statusCode(404);
    }
}
