package org.youthjustice.orders.referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.TEAM;
import static org.youthjustice.orders.CaseFixtures.awaitAllocation;
import static org.youthjustice.orders.CaseFixtures.eventsOf;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.publish;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.events.orders.InterventionReferralAccepted;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class InterventionReferralTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.forSubject("tm-" + UUID.randomUUID()).authority("wokingham").team(TEAM)
            .roles("team-manager").sign();

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Response post(SentencedCase sentenced, String path, Object body) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .post("/api/orders/cases/" + sentenced.caseId() + path);
    }

    private static Map<String, Object> referral(String decision) {
        return new HashMap<>(Map.of("programme", "specific-intervention", "referrer", "Children's Social Care",
                "reason", "Knife crime awareness", "receivedOn", "2025-12-16", "decision", decision, "decidedOn", "2025-12-17"));
    }

    private static EventEnvelope allocationFor(SentencedCase sentenced, UUID referralId, UUID worker, Instant at) {
        CaseAllocated data = new CaseAllocated(UUID.randomUUID(), sentenced.caseId(), null, referralId,
                new CaseManager(worker, "A", TEAM), List.of(), null, "wokingham-team-manager", at);
        return EventEnvelope.wrap(data, "allocation-service", at, sentenced.authority(), sentenced.caseId());
    }

    @Test
    @DisplayName("MIL-15: an accepted referral is announced once; its allocation on Friday 19 Dec 2025 starts the initial "
            + "meeting in 5 days (24 Dec) and the action plan in 10 working days (7 Jan 2026, past Christmas and New Year)")
    void anAcceptedReferralsAllocationStartsItsClocks() {
        SentencedCase sentenced = sentencedYro("wokingham", "2025-06-01", "2026-11-30");

        String referralId = post(sentenced, "/intervention-referrals", referral("accepted")).then().statusCode(201)
                .body("referral.team", equalTo(TEAM)).body("referral.decision", equalTo("accepted"))
                .extract().path("referral.id");
        post(sentenced, "/intervention-referrals", referral("accepted")).then().statusCode(200).body("duplicate", equalTo(true));

        List<EventEnvelope> accepted = eventsOf(kafka, sentenced.caseId(), "intervention-referral.accepted", 1);
        assertThat(accepted).singleElement().satisfies(e -> assertThat(e.dataAs(InterventionReferralAccepted.class))
                .isEqualTo(new InterventionReferralAccepted(UUID.fromString(referralId),
                        InterventionReferralAccepted.Programme.SPECIFIC_INTERVENTION, TEAM, java.time.LocalDate.parse("2025-12-17"))));

        UUID worker = UUID.randomUUID();
        EventEnvelope allocation = allocationFor(sentenced, UUID.fromString(referralId), worker, Instant.parse("2025-12-19T11:00:00Z"));
        publish(kafka, allocation);
        publish(kafka, allocation); // redelivered: applied once
        awaitAllocation(sentenced, allocation.dataAs(CaseAllocated.class).allocationId());
        // a later allocation of the same referral, after the redelivery, keeps the clocks it started
        EventEnvelope again = allocationFor(sentenced, UUID.fromString(referralId), worker, Instant.parse("2025-12-22T09:00:00Z"));
        publish(kafka, again);
        awaitAllocation(sentenced, again.dataAs(CaseAllocated.class).allocationId());

        assertThat(milestones(sentenced, "intervention-initial-meeting")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("rule", "MIL-15").containsEntry("dueDate", "2025-12-24").containsEntry("timeLimit", "5 days"));
        assertThat(milestones(sentenced, "intervention-action-plan")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("dueDate", "2026-01-07").containsEntry("timeLimit", "10 working-days"));
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/intervention-referrals").then()
                .statusCode(200).body("allocatedAt", contains("2025-12-19T11:00:00Z"));
    }

    @Test
    @DisplayName("MIL-15: the initial meeting is met by a meeting with the child, not a phone call; the action plan states "
            + "its sessions and span")
    void theInitialMeetingAndTheActionPlan() {
        // early January 2026: the initial meeting, due before Christmas, is overdue until the meeting is recorded
        TestClock.today("2026-01-07");
        SentencedCase sentenced = sentencedYro("wokingham", "2025-06-01", "2026-11-30");
        String referralId = post(sentenced, "/intervention-referrals", referral("accepted")).then().statusCode(201)
                .extract().path("referral.id");
        EventEnvelope allocation = allocationFor(sentenced, UUID.fromString(referralId), UUID.randomUUID(),
                Instant.parse("2025-12-19T11:00:00Z"));
        publish(kafka, allocation);
        awaitAllocation(sentenced, allocation.dataAs(CaseAllocated.class).allocationId());

        post(sentenced, "/contacts", Map.of("type", "phone", "occurredAt", "2025-12-22T10:00:00Z", "made", true,
                "announced", true, "present", List.of("child"))).then().statusCode(201);
        assertThat(milestones(sentenced, "intervention-initial-meeting").get(0)).containsEntry("status", "overdue");
        post(sentenced, "/contacts", Map.of("type", "office", "occurredAt", "2025-12-23T10:00:00Z", "made", true,
                "announced", true, "present", List.of("child", "parent-carer"))).then().statusCode(201);
        assertThat(milestones(sentenced, "intervention-initial-meeting").get(0)).containsEntry("status", "met");

        Map<String, Object> plan = new HashMap<>(Map.of("kind", "action-plan", "completedOn", "2026-01-06",
                "coProducedWithChild", true, "copiedToParentCarerOn", "2026-01-06"));
        post(sentenced, "/plans", plan).then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("MIL-15"));
        plan.putAll(Map.of("sessionsPlanned", 6, "spanWeeks", 12));
        post(sentenced, "/plans", plan).then().statusCode(201)
                .body("met[0].step", equalTo("intervention-action-plan")).body("met[0].status", equalTo("met"))
                .body("recorded.sessionsPlanned", equalTo(6)).body("recorded.spanWeeks", equalTo(12));
    }

    @Test
    @DisplayName("A declined referral is kept and announces nothing; My Futures names its screen (MIL-16); other authorities get 404")
    void declinedBadInputAndOtherAuthorities() {
        SentencedCase sentenced = sentencedYro("wokingham", "2025-06-01", "2026-11-30");

        post(sentenced, "/intervention-referrals", referral("declined")).then().statusCode(201)
                .body("referral.decision", equalTo("declined"));
        Map<String, Object> myFutures = referral("accepted");
        myFutures.put("programme", "my-futures");
        post(sentenced, "/intervention-referrals", myFutures).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("MIL-16")).body("violations[0].field", equalTo("screeningId"));
        Map<String, Object> backwards = referral("accepted");
        backwards.put("decidedOn", "2025-12-01");
        post(sentenced, "/intervention-referrals", backwards).then().statusCode(400).body("violations.field", contains("decidedOn"));
        post(sentenced, "/intervention-referrals", Map.of("programme", "boxing")).then().statusCode(400);
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/intervention-referrals").then()
                .body("$", hasSize(1));
        // a case worker does not decide referrals
        given().auth().oauth2(CaseFixtures.worker("wokingham", UUID.randomUUID(), "case-worker")).contentType(ContentType.JSON)
                .body(referral("accepted")).post("/api/orders/cases/" + sentenced.caseId() + "/intervention-referrals")
                .then().statusCode(403);

        String other = TestTokens.token("nottinghamshire", "team-manager");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(referral("accepted"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/intervention-referrals").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).get("/api/orders/cases/" + sentenced.caseId() + "/intervention-referrals").then().statusCode(404);
    }
}
