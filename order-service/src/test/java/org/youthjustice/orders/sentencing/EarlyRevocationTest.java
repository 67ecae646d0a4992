package org.youthjustice.orders.sentencing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.orders.CaseFixtures.eventsUntil;
import static org.youthjustice.orders.CaseFixtures.milestones;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.orders.CourtListingDue;
import org.youthjustice.events.orders.ListingReason;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class EarlyRevocationTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Map<String, Object> decision(String toldOn) {
        return Map.of("planTargetsCompleted", true, "childViews", "Wants to finish now; proud of the work.", "toldToChildOn", toldOn);
    }

    private static void assessedLow(SentencedCase sentenced) {
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("stage", "review", "completedOn", "2026-10-01", "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(201);
    }

    @Test
    @DisplayName("MIL-13: past its mid-point, low risk, no breach, no re-offending: eligible; the manager's agreement told to the "
            + "child on 20 November 2026 is to be listed in court by 4 December; the revocation hearing meets it")
    void anEligibleOrderIsListedForEarlyRevocation() {
        Map<String, Object> outcome = CaseFixtures.sentencedOutcome("2026-01-05", "2011-05-05", false,
                CaseFixtures.yro("2026-01-05", "2026-12-31"));
        SentencedCase sentenced = CaseFixtures.sentenced("wokingham", outcome);
        assessedLow(sentenced);
        String path = "/api/orders/orders/" + sentenced.orderId() + "/early-revocation";

        given().auth().oauth2(MANAGER).get(path).then().statusCode(200).body("eligible", equalTo(true))
                .body("criteria.criterion", containsInAnyOrder("in-force", "after-mid-point", "low-risk", "satisfactory-compliance",
                        "no-re-offending", "plan-targets-completed"));

        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).contentType(ContentType.JSON)
                .body(decision("2026-11-20")).post(path + "/decision").then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(decision("2026-11-20")).post(path + "/decision")
                .then().statusCode(201).body("rule", equalTo("MIL-13")).body("dueDate", equalTo("2026-12-04"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(decision("2026-11-20")).post(path + "/decision")
                .then().statusCode(409).contentType(PROBLEM);

        CourtListingDue due = eventsUntil(kafka, sentenced.caseId(), "court-listing.due").stream()
                .filter(e -> e.type().equals("court-listing.due")).findFirst().orElseThrow().dataAs(CourtListingDue.class);
        assertThat(due.reason()).isEqualTo(ListingReason.EARLY_REVOCATION);

        Map<String, Object> hearing = new HashMap<>(outcome);
        hearing.remove("order");
        hearing.put("courtReference", "H-" + UUID.randomUUID());
        hearing.put("outcome", "revoked");
        hearing.put("hearingDate", "2026-11-23");
        hearing.put("orderChange", Map.of("orderId", sentenced.orderId().toString(), "reason", "early-revocation"));
        given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON).body(hearing)
                .post("/api/orders/court-outcomes").then().statusCode(201);
        assertThat(milestones(sentenced, "early-revocation-listing").get(0)).containsEntry("status", "met");
    }

    @Test
    @DisplayName("MIL-13: before its mid-point, with no assessment and a later court outcome, the order is not eligible, each "
            + "criterion listed; no decision can be recorded")
    void anIneligibleOrderIsRefusedWithEveryUnmetCriterion() {
        Map<String, Object> outcome = CaseFixtures.sentencedOutcome("2026-11-01", "2011-05-05", false,
                CaseFixtures.yro("2026-11-01", "2027-10-31"));
        SentencedCase sentenced = CaseFixtures.sentenced("wokingham", outcome);
        Map<String, Object> remand = new HashMap<>(outcome);
        remand.remove("order");
        remand.put("courtReference", "R-" + UUID.randomUUID());
        remand.put("outcome", "remanded");
        remand.put("hearingDate", "2026-11-10");
        given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON).body(remand)
                .post("/api/orders/court-outcomes").then().statusCode(201);
        String path = "/api/orders/orders/" + sentenced.orderId() + "/early-revocation";

        given().auth().oauth2(MANAGER).get(path).then().statusCode(200).body("eligible", equalTo(false));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(decision("2026-11-20")).post(path + "/decision")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("after-mid-point", "low-risk", "no-re-offending"))
                .body("violations.rule", containsInAnyOrder("MIL-13", "MIL-13", "MIL-13"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("planTargetsCompleted", false, "childViews", " ", "toldToChildOn", "2026-11-20"))
                .post(path + "/decision").then().statusCode(400).contentType(PROBLEM);
        assertThat(milestones(sentenced, "early-revocation-listing")).isEmpty();
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get(path).then().statusCode(404);
    }
}
