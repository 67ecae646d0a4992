package org.youthjustice.reporting.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.events.compliance.ContactMonthCounted;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.events.compliance.WarningLevel;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.OrderType;
import org.youthjustice.events.orders.Requirement;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.RiskLevels;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.reporting.ReportingServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * A case's inspection evidence from the events of three services (dated 2025, apart from the timeliness tests' months), through the real Kafka broker and the inbox: each
 * fact under its HMIP standard, as JSON and as a PDF an inspector reads; for the case's own authority only.
 */
@QuarkusTest
@TestProfile(ReportingServiceInfrastructure.class)
class EvidenceTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    private void publish(String topic, String source, UUID caseId, EventData data) {
        kafka.publish(topic, caseId.toString(), EventJson.write(EventEnvelope.wrap(data, source, TestClock.now(), "wokingham", caseId)));
    }

    private static String manager(String authority) {
        return TestTokens.forSubject("team-manager-" + UUID.randomUUID()).authority(authority).roles("team-manager").sign();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Moments.UK).toInstant();
    }

    /** A youth rehabilitation order's case with facts from order-, allocation- and compliance-service; the case id. */
    private UUID caseWithItsHistory() {
        UUID caseId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        LocalDate start = LocalDate.of(2025, 9, 1);
        publish(Topics.ORDERS, "order-service", caseId, new OrderMade(orderId, OrderType.YOUTH_REHABILITATION_ORDER, start,
                start.plusYears(1), List.of(new Requirement("supervision", null, null)), "community-orders",
                new RiskLevels(RiskLevel.MEDIUM, RiskLevel.LOW), ScaledApproach.ENHANCED, start, false, "male", false));
        publish(Topics.ORDERS, "order-service", caseId, new RiskAssessed(UUID.randomUUID(), "start", RiskLevel.MEDIUM, RiskLevel.LOW,
                RiskLevel.MEDIUM, ScaledApproach.ENHANCED, null, false));
        UUID review = UUID.randomUUID();
        LocalDate reviewDue = LocalDate.of(2025, 9, 29);
        publish(Topics.ORDERS, "order-service", caseId, new MilestoneSet(review, orderId, "MIL-5", "first-assessment-review",
                start.atStartOfDay(Moments.UK).toInstant(), reviewDue, endOf(reviewDue), "community-orders", null));
        publish(Topics.ORDERS, "order-service", caseId, new MilestoneMet(review, "MIL-5", "first-assessment-review", reviewDue,
                endOf(reviewDue), endOf(reviewDue.minusDays(3)), true, "community-orders", null));
        LocalDate planDue = LocalDate.of(2025, 9, 22);
        publish(Topics.ORDERS, "order-service", caseId, new MilestoneSet(UUID.randomUUID(), orderId, "MIL-6", "intervention-plan",
                start.atStartOfDay(Moments.UK).toInstant(), planDue, endOf(planDue), "community-orders", null));
        publish(Topics.ALLOCATIONS, "allocation-service", caseId, new CaseAllocated(UUID.randomUUID(), caseId, orderId, null,
                new CaseManager(UUID.randomUUID(), "band-b", "community-orders"), List.of(), null, "manager", start.atStartOfDay(Moments.UK)
                .toInstant().plusSeconds(3600)));
        publish(Topics.COMPLIANCE, "compliance-service", caseId, new WarningIssued(UUID.randomUUID(), orderId, WarningLevel.FIRST,
                UUID.randomUUID(), 1));
        publish(Topics.COMPLIANCE, "compliance-service", caseId, new BreachInitiated(UUID.randomUUID(), orderId,
                TestClock.now(), true));
        // CMP-9: the month counted at each attendance, the later count replacing the earlier
        publish(Topics.COMPLIANCE, "compliance-service", caseId, new ContactMonthCounted(orderId, "2025-10",
                ScaledApproach.ENHANCED, 4, 1, 0, 1, true));
        publish(Topics.COMPLIANCE, "compliance-service", caseId, new ContactMonthCounted(orderId, "2025-10",
                ScaledApproach.ENHANCED, 4, 2, 1, 1, true));
        LocalDate followUpDue = LocalDate.of(2025, 10, 8);
        publish(Topics.COMPLIANCE, "compliance-service", caseId, new ComplianceTimeLimit(UUID.randomUUID(), "CMP-4", "follow-up",
                endOf(followUpDue.minusDays(2)), followUpDue, endOf(followUpDue), TimeLimitState.Status.MET,
                endOf(followUpDue.minusDays(1)), true, null, null, "community-orders", null));
        return caseId;
    }

    @Test
    @DisplayName("a case's inspection evidence: each dated fact under its HMIP standard, with how its time limits stand")
    void evidenceByStandard() {
        UUID caseId = caseWithItsHistory();
        String manager = manager("wokingham");
        String url = "/api/reporting/cases/" + caseId + "/inspection-evidence";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = given().auth().oauth2(manager).get(url);
            return answer.statusCode() == 200 && answer.jsonPath().getList("standards.entries.flatten()").size() == 9;
        });
        JsonPath evidence = given().auth().oauth2(manager).get(url).then().statusCode(200).extract().jsonPath();
        assertThat(evidence.getList("standards.standard")).containsExactly("assessment", "planning", "delivery", "reviewing");
        assertThat(evidence.getList("standards.find { it.standard == 'assessment' }.entries.summary", String.class))
                .anySatisfy(s -> assertThat(s).startsWith("Assessment (start) completed: risk of serious harm medium"))
                .anySatisfy(s -> assertThat(s).isEqualTo("First assessment review (MIL-5), due 2025-09-29: met on time, 2025-09-27"));
        assertThat(evidence.getInt("standards.find { it.standard == 'assessment' }.timeLimits.met-on-time")).isEqualTo(1);
        assertThat(evidence.getList("standards.find { it.standard == 'planning' }.entries.status")).contains("overdue");
        assertThat(evidence.getList("standards.find { it.standard == 'planning' }.entries.kind")).contains("order-made");
        assertThat(evidence.getList("standards.find { it.standard == 'delivery' }.entries.summary", String.class))
                .anySatisfy(s -> assertThat(s).startsWith("Allocated to a band-b case manager in team community-orders"))
                .anySatisfy(s -> assertThat(s).isEqualTo("First warning letter issued after 1 unacceptable absence"))
                .anySatisfy(s -> assertThat(s).contains("Breach proceedings initiated", "listing sooner"))
                .anySatisfy(s -> assertThat(s).isEqualTo("October 2025: 1 contact attended, 1 missed, of 2 planned against a "
                        + "minimum of 4 for the enhanced scaled approach: fewer planned than the minimum"))
                .anySatisfy(s -> assertThat(s).isEqualTo("Follow up (CMP-4), due 2025-10-08: met on time, 2025-10-08"));
        assertThat(evidence.getList("standards.find { it.standard == 'delivery' }.entries.kind")).containsOnlyOnce("contact-month");
    }

    @Test
    @DisplayName("the inspection evidence as a PDF: the standards in order with their facts and charts, naming no one")
    void evidenceAsPdf() throws IOException {
        UUID caseId = caseWithItsHistory();
        String manager = manager("wokingham");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(manager)
                .get("/api/reporting/cases/" + caseId + "/inspection-evidence").jsonPath()
                .getList("standards.entries.flatten()").size() == 9);
        byte[] pdf = given().auth().oauth2(manager).get("/api/reporting/cases/" + caseId + "/inspection-evidence.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap where the page ends them: read the text as one line
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Inspection evidence", caseId.toString(), "Time limits (1)", "met on time",
                    "First assessment review (MIL-5), due 2025-09-29: met on time, 2025-09-27",
                    "Intervention plan (MIL-6), due 2025-09-22: overdue, not yet met",
                    "First warning letter issued after 1 unacceptable absence (CMP-5)",
                    "Youth rehabilitation order made with 1 requirement, 2025-09-01 to 2026-09-01; scaled approach enhanced");
            assertThat(text.indexOf("Assessment")).isLessThan(text.indexOf("Planning"));
            assertThat(text.indexOf("Planning")).isLessThan(text.indexOf("Implementation and delivery"));
            assertThat(text.indexOf("Implementation and delivery")).isLessThan(text.indexOf("Reviewing"));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Inspection evidence of a case");
        }
    }

    @Test
    @DisplayName("another authority's case, an unknown case: 404; a partnership analyst or a case worker: 403")
    void ownAuthorityOnly() {
        UUID caseId = caseWithItsHistory();
        String manager = manager("wokingham");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(manager)
                .get("/api/reporting/cases/" + caseId + "/inspection-evidence").statusCode() == 200);
        given().auth().oauth2(manager("reading")).get("/api/reporting/cases/" + caseId + "/inspection-evidence").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(manager("reading")).get("/api/reporting/cases/" + caseId + "/inspection-evidence.pdf").then()
                .statusCode(404);
        given().auth().oauth2(manager).get("/api/reporting/cases/" + UUID.randomUUID() + "/inspection-evidence").then()
                .statusCode(404);
        String analyst = TestTokens.forSubject("analyst-" + UUID.randomUUID()).authority("wokingham").roles("partnership-analyst").sign();
        given().auth().oauth2(analyst).get("/api/reporting/cases/" + caseId + "/inspection-evidence").then().statusCode(403);
        String caseWorker = TestTokens.forSubject("cw-" + UUID.randomUUID()).authority("wokingham").roles("case-worker").sign();
        given().auth().oauth2(caseWorker).get("/api/reporting/cases/" + caseId + "/inspection-evidence.pdf").then().statusCode(403);
    }
}
