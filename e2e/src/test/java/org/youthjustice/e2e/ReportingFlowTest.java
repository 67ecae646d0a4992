package org.youthjustice.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Partnership reporting end to end: order-service's milestones, met late in one authority and missed in another, reach
 * reporting-service's timeliness figures over Kafka within seconds, and each authority's managers drill down only to
 * their own cases while the partnership analyst sees both authorities' figures and no case.
 */
@EndToEnd
class ReportingFlowTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static RequestSpecification as(RunningPlatform platform, String user) {
        return given().baseUri(platform.gateway()).auth().oauth2(platform.token(user)).contentType(ContentType.JSON);
    }

    /** A youth rehabilitation order made {@code daysAgo} days ago in {@code authority}; its case's id. */
    private static String sentencedDaysAgo(RunningPlatform platform, String authority, int daysAgo) {
        LocalDate hearing = LocalDate.now(LONDON).minusDays(daysAgo);
        Map<String, Object> outcome = CourtOutcomes.youthRehabilitationOrder(hearing, Map.of("givenName", "Rhys",
                "familyName", "Reported-" + UUID.randomUUID().toString().substring(0, 8),
                "dateOfBirth", hearing.minusYears(15).toString(), "genderIdentity", "male"), "criminal damage");
        return as(platform, authority + "-court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
    }

    /** The case's first home visit (MIL-4): its milestone id and due date. */
    private static Map<String, String> homeVisit(RunningPlatform platform, String authority, String caseId) {
        JsonPath file = as(platform, authority + "-team-manager").get("/api/orders/cases/" + caseId).then().statusCode(200)
                .extract().jsonPath();
        return Map.of("id", file.getString("milestones.find { it.rule == 'MIL-4' }.id"),
                "dueDate", file.getString("milestones.find { it.rule == 'MIL-4' }.dueDate"));
    }

    /** The status of {@code milestone} in the drill-down of {@code user}'s own authority, or null if not listed there. */
    private static String statusInDrillDown(RunningPlatform platform, String user, String month, String milestone) {
        return statusInDrillDown(platform, user, month, "MIL-4", milestone);
    }

    private static String statusInDrillDown(RunningPlatform platform, String user, String month, String rule, String milestone) {
        return as(platform, user).queryParam("month", month).queryParam("rule", rule).queryParam("limit", 500)
                .get("/api/reporting/timeliness/cases").then().statusCode(200).extract().jsonPath()
                .getString("find { it.timeLimitId == '" + milestone + "' }.status");
    }

    @Test
    @DisplayName("MIL-4 met late in Wokingham and missed in Nottinghamshire appear in the month's timeliness within seconds; "
            + "each manager drills down to their own cases only; the analyst sees both authorities and no case")
    void milestonesMetAndMissedReachTheFigures(RunningPlatform platform) {
        // orders that started 40 days ago: the first home visit (15 days, MIL-4) fell due 25 days ago
        String wokinghamCase = sentencedDaysAgo(platform, "wokingham", 40);
        String nottinghamshireCase = sentencedDaysAgo(platform, "nottinghamshire", 40);
        Map<String, String> wokinghamVisit = homeVisit(platform, "wokingham", wokinghamCase);
        Map<String, String> nottinghamshireVisit = homeVisit(platform, "nottinghamshire", nottinghamshireCase);
        String month = YearMonth.from(LocalDate.parse(wokinghamVisit.get("dueDate"))).toString();
        String nottinghamshireMonth = YearMonth.from(LocalDate.parse(nottinghamshireVisit.get("dueDate"))).toString();

        // Wokingham visits today, 25 days late
        Instant recorded = Instant.now();
        as(platform, "wokingham-team-manager").body(Map.of("type", "home-visit", "occurredAt", recorded.toString(), "made", true,
                "announced", true, "present", List.of("child"), "summary", "First home visit, late."))
                .post("/api/orders/cases/" + wokinghamCase + "/contacts").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> "met-late".equals(
                statusInDrillDown(platform, "wokingham-service-manager", month, wokinghamVisit.get("id"))));
        Duration lag = Duration.between(recorded, Instant.now());
        System.out.printf("reporting: a milestone met reached the timeliness figures %d ms after the contact was recorded%n",
                lag.toMillis());
        await().atMost(Duration.ofSeconds(30)).until(() -> "overdue".equals(
                statusInDrillDown(platform, "nottinghamshire-service-manager", nottinghamshireMonth, nottinghamshireVisit.get("id"))));

        // each authority's drill-down holds its own case only
        assertThat(statusInDrillDown(platform, "wokingham-service-manager", nottinghamshireMonth, nottinghamshireVisit.get("id")))
                .isNull();
        assertThat(statusInDrillDown(platform, "nottinghamshire-service-manager", month, wokinghamVisit.get("id"))).isNull();

        // Wokingham's own figures count it met late, in full
        JsonPath own = as(platform, "wokingham-service-manager").queryParam("from", month).queryParam("to", month)
                .queryParam("rule", "MIL-4").get("/api/reporting/timeliness").then().statusCode(200).extract().jsonPath();
        assertThat(own.getInt("rows.find { it.authority == 'wokingham' }.metLate")).isGreaterThanOrEqualTo(1);
        assertThat(own.getList("rows.find { it.authority == 'wokingham' }.suppressed")).isEmpty();

        // the analyst: both authorities' figures for the month, nothing below 5 shown, no case
        JsonPath analyst = as(platform, "wokingham-partnership-analyst").queryParam("from", nottinghamshireMonth)
                .queryParam("to", month).queryParam("rule", "MIL-4").get("/api/reporting/timeliness").then().statusCode(200)
                .extract().jsonPath();
        assertThat(analyst.getList("rows.authority", String.class)).contains("wokingham", "nottinghamshire");
        for (Map<String, Object> row : analyst.<Map<String, Object>>getList("rows")) {
            for (String figure : List.of("due", "metOnTime", "metLate", "overdue", "notYetDue", "notApplicable")) {
                Object value = row.get(figure);
                assertThat(value == null || ((Number) value).intValue() >= 5).as(figure + " of " + row).isTrue();
            }
        }
        as(platform, "wokingham-partnership-analyst").queryParam("month", month).get("/api/reporting/timeliness/cases")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("CMP-4, CMP-9 end to end: compliance-service's follow-up time limit, closed when the absence is judged, reaches "
            + "the timeliness drill-down; the case's inspection evidence PDF holds its order, the month's contacts counted "
            + "against the scaled approach, the missed appointment and the follow-up")
    void complianceReachesTheInspectionEvidence(RunningPlatform platform) throws IOException {
        String caseId = sentencedDaysAgo(platform, "wokingham", 10);
        String orderId = ComplianceScenarios.supervisedOrder(platform, caseId);
        ComplianceScenarios.unacceptableAbsence(platform, caseId, orderId, 60);
        JsonPath absence = as(platform, "wokingham-team-manager").get("/api/compliance/cases/" + caseId + "/absences").then()
                .statusCode(200).extract().jsonPath();
        String absenceId = absence.getString("[0].id");
        String month = YearMonth.from(LocalDate.parse(absence.getString("[0].followUp.dueDate"))).toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> "not-applicable".equals(
                statusInDrillDown(platform, "wokingham-service-manager", month, "CMP-4", absenceId)));

        String evidence = "/api/reporting/cases/" + caseId + "/inspection-evidence";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = as(platform, "wokingham-team-manager").get(evidence);
            return answer.statusCode() == 200 && answer.jsonPath().getList("standards.entries.flatten().kind")
                    .containsAll(List.of("order-made", "contact-month", "appointment-missed", "absence-judged"));
        });
        byte[] pdf = as(platform, "wokingham-team-manager").get(evidence + ".pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Inspection evidence", caseId, "Youth rehabilitation order made")
                    .contains(": 0 contacts attended, 1 missed, of 1 planned against a minimum of")
                    .contains("Appointment missed (CMP-1)", "Absence judged unacceptable")
                    .contains("Follow up (CMP-4), due " + absence.getString("[0].followUp.dueDate") + ": not applicable");
        }
        as(platform, "nottinghamshire-service-manager").get(evidence).then().statusCode(404);
    }
}
