package org.youthjustice.compliance.supervision;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class SupervisionEventsTest {
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    @InjectKafkaBroker
    KafkaBroker kafka;

    private void publish(String topic, SupervisedCase supervised, EventData data) {
        EventEnvelope event = EventEnvelope.wrap(data, "test", TestClock.now(), supervised.authority(), supervised.caseId());
        kafka.publish(topic, supervised.caseId().toString(), EventJson.write(event));
        kafka.publish(topic, supervised.caseId().toString(), EventJson.write(event)); // redelivered
    }

    @Test
    @DisplayName("CMP-9: risk.assessed gives the case its scaled approach; order.varied moves the order's end; a revoked "
            + "order takes no more appointments; redelivered events change nothing")
    void ordersAndAssessmentsAsCompliancesSeesThem() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);

        publish(Topics.ORDERS, supervised, new RiskAssessed(UUID.randomUUID(), "review", RiskLevel.HIGH, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, ScaledApproach.INTENSIVE, null, true));
        LocalDate extended = TestClock.today().plusMonths(9);
        publish(Topics.ORDERS, supervised, new OrderVaried(supervised.orderId(), TestClock.today(), "extended by the court",
                java.util.List.of(), extended));
        await().atMost(Duration.ofSeconds(30)).until(() -> extended.toString().equals(given().auth().oauth2(MANAGER)
                .get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("orders[0].endDate")));
        publish(Topics.ORDERS, supervised, new OrderRevoked(supervised.orderId(), TestClock.today(), "breach: resentenced"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "revoked".equals(given().auth().oauth2(MANAGER)
                .get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("orders[0].status")));
        given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId()).then().statusCode(200)
                .body("scaledApproach", equalTo("intensive")).body("orders", hasSize(1))
                .body("orders[0].endedOn", equalTo(TestClock.today().toString()));
        Instant tomorrow = TestClock.now().plus(Duration.ofDays(1));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(java.util.Map.of("orderId", supervised.orderId().toString(), "kind", "supervision",
                        "startsAt", tomorrow.toString(), "endsAt", tomorrow.plus(Duration.ofHours(1)).toString(), "place", "office"))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(400)
                .body("violations.field", contains("startsAt"));
    }

    @Test
    @DisplayName("case.reallocated: the new case manager acts on the case, the old one no longer does")
    void reallocationChangesWhoHoldsTheCase() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        UUID newManager = UUID.randomUUID();

        publish(Topics.ALLOCATIONS, supervised, new CaseReallocated(UUID.randomUUID(),
                List.of(new AllocatedWorker(newManager, "case-manager")), "leave", TestClock.today(), null));

        await().atMost(Duration.ofSeconds(30)).until(() -> newManager.toString().equals(given().auth().oauth2(MANAGER)
                .get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("caseManager")));
        String stranger = TestTokens.forSubject(supervised.caseManager().toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign();
        given().auth().oauth2(stranger).get("/api/compliance/cases/" + supervised.caseId()).then().statusCode(404);
    }

    @Test
    @DisplayName("ALC-10: internal-transfer.completed: the new team and case manager act on the case; the old team's case "
            + "workers no longer read it")
    void anInternalTransferMovesTheCase() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        UUID newManager = UUID.randomUUID();
        String oldTeam = given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("team");

        publish(Topics.ALLOCATIONS, supervised, new org.youthjustice.events.allocations.InternalTransferCompleted(supervised.caseId(),
                oldTeam, "north-locality", TestClock.today(), UUID.randomUUID(), new AllocatedWorker(newManager, "case-manager")));

        await().atMost(Duration.ofSeconds(30)).until(() -> newManager.toString().equals(given().auth().oauth2(MANAGER)
                .get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("caseManager")));
        given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId()).then().body("team", equalTo("north-locality"));
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team(oldTeam)
                .roles("case-worker").sign()).get("/api/compliance/cases/" + supervised.caseId()).then().statusCode(404);
        given().auth().oauth2(TestTokens.forSubject(newManager.toString()).authority("wokingham").team("north-locality")
                .roles("case-worker").sign()).get("/api/compliance/cases/" + supervised.caseId()).then().statusCode(200);
    }
}
