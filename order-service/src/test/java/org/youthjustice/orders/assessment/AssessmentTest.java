package org.youthjustice.orders.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.eventsOf;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class AssessmentTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Map<String, Object> assessment(String stage, String completedOn, String rosh, String saw) {
        return new HashMap<>(Map.of("stage", stage, "completedOn", completedOn, "rosh", rosh, "saw", saw,
                "likelihoodOfReoffending", "medium", "scaledApproach", "enhanced"));
    }

    private static Response record(String token, SentencedCase sentenced, Map<String, Object> assessment) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(assessment)
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments");
    }

    private static String manager(String subject) {
        return TestTokens.forSubject(subject).authority("wokingham").roles("team-manager").sign();
    }

    @Test
    @DisplayName("MIL-5: the assessment review is met when a manager other than its author quality-assures it; the next is due 6 months on")
    void qualityAssuranceMeetsTheAssessmentReview() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        String author = "author-" + UUID.randomUUID();

        String id = record(manager(author), sentenced, assessment("start", "2026-06-10", "low", "low")).then().statusCode(201)
                .body("started", hasSize(0)).extract().path("recorded.id");
        String qa = "/api/orders/cases/" + sentenced.caseId() + "/assessments/" + id + "/quality-assurance";

        given().auth().oauth2(manager(author)).post(qa).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).post(qa).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).post(qa).then().statusCode(404);
        given().auth().oauth2(manager("qa-" + UUID.randomUUID())).post(qa).then().statusCode(200)
                // due 29 June, quality-assured today: met late
                .body("met[0].step", equalTo("first-assessment-review")).body("met[0].status", equalTo("met-late"))
                .body("started[0].step", equalTo("assessment-review"))
                .body("started[0].dueDate", equalTo(TestClock.today().plusMonths(6).toString()));
        given().auth().oauth2(manager("qa-" + UUID.randomUUID())).post(qa).then().statusCode(200).body("duplicate", equalTo(true));
        assertThat(milestones(sentenced, "assessment-review")).hasSize(1);
    }

    @Test
    @DisplayName("MIL-9, MIL-10: RoSH rising to high on Thursday 27 August 2026 is raised with the manager by 1 September "
            + "and goes to a risk panel by 4 September; risk.assessed flags it as significant")
    void aRiseInRiskStartsItsMilestonesAndIsAnnounced() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        String token = TestTokens.token("wokingham", "team-manager");
        record(token, sentenced, assessment("start", "2026-06-10", "low", "medium")).then().statusCode(201);

        Map<String, Object> review = assessment("review", "2026-08-27", "high", "medium");
        review.put("mappa", Map.of("category", 1, "level", 2));
        String reviewId = record(token, sentenced, review).then().statusCode(201)
                .body("recorded.significantChange", equalTo(true))
                .body("started.rule", containsInAnyOrder("MIL-9", "MIL-10"))
                .body("started.dueDate", containsInAnyOrder("2026-09-01", "2026-09-04"))
                .extract().path("recorded.id");

        List<EventEnvelope> announced = eventsOf(kafka, sentenced.caseId(), "risk.assessed", 2);
        assertThat(announced).hasSize(2);
        RiskAssessed rise = announced.get(1).dataAs(RiskAssessed.class);
        assertThat(rise.assessmentId()).hasToString(reviewId);
        assertThat(rise.rosh()).isEqualTo(RiskLevel.HIGH);
        assertThat(rise.significantChange()).isTrue();
        assertThat(rise.mappa().level()).isEqualTo(2);
        assertThat(announced.get(0).dataAs(RiskAssessed.class).significantChange()).isFalse();

        // both are completed by saying when: the panel late, the manager told in time
        String panel = milestones(sentenced, "risk-panel").get(0).get("id").toString();
        String raised = milestones(sentenced, "risk-raised-with-manager").get(0).get("id").toString();
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-09-07", "note", "Panel: TM, police, CSC; safety plan agreed."))
                .post("/api/orders/milestones/" + panel + "/completion").then().statusCode(200)
                .body("status", equalTo("met-late")).body("evidence.kind", equalTo("statement"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-08-26", "note", "told TM"))
                .post("/api/orders/milestones/" + raised + "/completion").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("completedOn"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-08-28", "note", "told TM"))
                .post("/api/orders/milestones/" + raised + "/completion").then().statusCode(200).body("status", equalTo("met"));

        // the case shows its current risk
        assertThat(CaseFixtures.view("wokingham", sentenced.caseId()).getString("risk.rosh")).isEqualTo("high");
    }

    @Test
    @DisplayName("order.made carries the case's current risk levels and scaled approach for allocation (ALC-5)")
    void aLaterOrderCarriesTheCurrentRisk() {
        Map<String, Object> outcome = CaseFixtures.sentencedOutcome("2026-06-01", "2011-05-05", false,
                CaseFixtures.yro("2026-06-01", "2027-05-31"));
        SentencedCase sentenced = CaseFixtures.sentenced("wokingham", outcome);
        record(TestTokens.token("wokingham", "team-manager"), sentenced, assessment("review", "2026-07-01", "very-high", "high"))
                .then().statusCode(201);

        Map<String, Object> later = new HashMap<>(outcome);
        later.put("courtReference", "P-" + UUID.randomUUID());
        later.put("hearingDate", "2026-09-01");
        later.put("order", Map.of("type", "referral-order", "startDate", "2026-09-01", "contractMonths", 6));
        given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON).body(later)
                .post("/api/orders/court-outcomes").then().statusCode(201).body("caseId", equalTo(sentenced.caseId().toString()));

        List<EventEnvelope> made = eventsOf(kafka, sentenced.caseId(), "order.made", 2);
        OrderMade first = made.get(0).dataAs(OrderMade.class);
        OrderMade second = made.get(1).dataAs(OrderMade.class);
        assertThat(first.riskLevels()).isNull();
        assertThat(second.riskLevels().rosh()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(second.scaledApproach()).isNotNull();
    }

    @Test
    void duplicatesBadInputAndIsolation() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        String token = TestTokens.token("wokingham", "team-manager");
        Map<String, Object> start = assessment("start", "2026-06-10", "low", "low");

        String id = record(token, sentenced, start).then().statusCode(201).extract().path("recorded.id");
        record(token, sentenced, start).then().statusCode(200).body("duplicate", equalTo(true)).body("recorded.id", equalTo(id));

        Map<String, Object> bad = assessment("middle", "2026-06-11", "extreme", "low");
        record(token, sentenced, bad).then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> badMappa = assessment("review", "2026-06-12", "low", "low");
        badMappa.put("mappa", Map.of("category", 4, "level", 0));
        badMappa.remove("scaledApproach");
        record(token, sentenced, badMappa).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("mappa.category", "mappa.level", "scaledApproach"));

        given().auth().oauth2(token).get("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(200)
                .body("id", contains(id));
        record(TestTokens.token("nottinghamshire", "team-manager"), sentenced, assessment("review", "2026-06-13", "low", "low"))
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(404);
        // announced once: the next event about the case follows the first directly
        String next = record(token, sentenced, assessment("review", "2026-06-20", "low", "low")).then().statusCode(201)
                .extract().path("recorded.id");
        assertThat(eventsOf(kafka, sentenced.caseId(), "risk.assessed", 2))
                .map(e -> e.dataAs(RiskAssessed.class).assessmentId().toString()).containsExactly(id, next);
    }
}
