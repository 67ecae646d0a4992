package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** A transfer from Wokingham to Nottinghamshire requested through the gateway, for the tests that need one. */
final class TransferScenarios {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private TransferScenarios() {
    }

    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    /** A transfer summary (Appendix A) of the child Riley {@code familyName}, with the RoSH given (TRF-16 for "high"). */
    static Map<String, Object> summary(String familyName, String rosh) {
        Map<String, Object> summary = new HashMap<>();
        summary.put("childName", "Riley " + familyName);
        summary.put("dateOfBirth", "2011-05-02");
        summary.put("homeCaseReference", "WOK-E2E-" + familyName);
        summary.put("proposedAddress", Map.of("address", "12 Mansfield Road, Nottingham", "postcode", "NG1 3FN"));
        summary.put("livingWith", Map.of("name", "Jo " + familyName, "relationship", "aunt"));
        summary.put("parentalResponsibility", Map.of("name", "Alex " + familyName, "address", "3 Elm Close, Wokingham"));
        summary.put("currentCaseManager", Map.of("name", "Chris Green", "email", "chris.green@wokingham.example"));
        summary.put("orders", List.of(Map.of("type", "youth rehabilitation order", "requirements", List.of("supervision"),
                "startDate", LocalDate.now(ZoneId.of("Europe/London")).toString(), "length", "12 months")));
        summary.put("iom", false);
        summary.put("highRiskOfHarm", Map.of("present", false));
        summary.put("mappa", new HashMap<>(Map.of("homeMeetingEndorsed", "n/a", "receivingCoordinatorAlerted", "n/a")));
        summary.put("safeguarding", Map.of("present", false));
        summary.put("childProtectionPlan", Map.of("present", false));
        summary.put("offenceSummary", "Burglary of a dwelling.");
        summary.put("victimRisk", Map.of("riskToSpecificVictims", false, "flags", List.of()));
        summary.put("lookedAfter", false);
        summary.put("rosh", rosh);
        summary.put("parentingOrders", new ArrayList<>());
        return summary;
    }

    /** The documents checklist: the transfer summary and pre-sentence report attached, the rest not relevant (TRF-5). */
    static List<Map<String, Object>> checklist() {
        List<Map<String, Object>> checklist = new ArrayList<>();
        for (String item : List.of("transfer-summary", "asset-plus", "transfer-questions", "referral-order-report",
                "pre-sentence-report", "record-of-contacts", "court-order", "custody-planning", "cps-documentation",
                "offending-profile", "lac-paperwork", "psychological-reports", "sen-statement")) {
            checklist.add(item.equals("pre-sentence-report") || item.equals("transfer-summary")
                    ? Map.of("item", item, "answer", "attached") : Map.of("item", item, "answer", "n/a", "reason", "Not relevant"));
        }
        return checklist;
    }

    /**
     * Wokingham's case worker requests the transfer of the case to Nottinghamshire and attaches its documents, so that
     * the review's time limit runs (TRF-7); the transfer's id.
     */
    static String requested(RunningPlatform platform, String caseId, String kind, String familyName, String rosh) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> body = Map.of("caseId", caseId, "kind", kind, "receivingAuthority", "nottinghamshire",
                "decidedOn", today.toString(), "summary", summary(familyName, rosh), "checklist", checklist());
        // transfer-service knows the case once order-service's case.opened has reached it; until then 404 (nothing written)
        AtomicReference<Response> answer = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            answer.set(as(platform, "wokingham-case-worker").body(body).post("/api/transfers/transfers"));
            return answer.get().statusCode() != 404;
        });
        String id = answer.get().then().statusCode(201).extract().path("id");
        for (String item : List.of("transfer-summary", "pre-sentence-report")) {
            given().baseUri(platform.gateway()).auth().oauth2(platform.token("wokingham-case-worker")).contentType("application/pdf")
                    .queryParam("filename", item + ".pdf").body(PDF).post("/api/transfers/transfers/" + id + "/documents/" + item)
                    .then().statusCode(201);
        }
        return id;
    }
}
