package org.youthjustice.orders.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.allocate;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;
import static org.youthjustice.orders.CaseFixtures.worker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class ContactTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Map<String, Object> contact(String type, String occurredAt, boolean made, String... present) {
        return new HashMap<>(Map.of("type", type, "occurredAt", occurredAt, "made", made, "present", List.of(present)));
    }

    private static Response record(String token, SentencedCase sentenced, Map<String, Object> contact) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(contact)
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts");
    }

    @Test
    @DisplayName("MIL-2, MIL-3: a failed first phone call starts the unannounced home visit, due 5 working days from allocation; "
            + "the visit meets both")
    void aFailedPhoneCallLeadsToAnUnannouncedHomeVisit() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        UUID caseManager = UUID.randomUUID();
        // Thursday 27 August 2026; Monday 31 August is the summer bank holiday
        allocate(kafka, sentenced, caseManager, Instant.parse("2026-08-27T09:00:00Z"));
        String token = worker("wokingham", caseManager, "case-worker");

        record(token, sentenced, contact("phone", "2026-08-27T15:00:00Z", false)).then().statusCode(201)
                .body("started[0].rule", equalTo("MIL-3")).body("started[0].step", equalTo("unannounced-home-visit"))
                .body("started[0].dueDate", equalTo("2026-09-04"));

        Map<String, Object> visit = contact("home-visit", "2026-08-28T16:00:00Z", true, "child", "parent-carer");
        visit.put("announced", false);
        record(token, sentenced, visit).then().statusCode(201)
                .body("met.step", containsInAnyOrder("first-contact", "unannounced-home-visit", "first-home-visit"))
                .body("met.status", containsInAnyOrder("met", "met", "met"))
                .body("started.step", containsInAnyOrder("home-visit"));

        assertThat(milestones(sentenced, "unannounced-home-visit").get(0)).containsEntry("status", "met");
        Map<String, Object> evidence = (Map<String, Object>) milestones(sentenced, "first-contact").get(0).get("evidence");
        assertThat(evidence).containsEntry("kind", "contact").containsEntry("note", "unannounced home-visit");
    }

    @Test
    @DisplayName("MIL-4: each home visit meets the visit due and starts the next, 3 months after it; the last one inside the order only")
    void homeVisitsRepeatEveryThreeMonthsWhileTheOrderRuns() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-05-01", "2026-10-15");
        UUID caseManager = UUID.randomUUID();
        allocate(kafka, sentenced, caseManager, Instant.parse("2026-05-01T09:00:00Z"));
        String token = worker("wokingham", caseManager, "case-worker");

        // first visit due 15 days after the start (16 May); made on 20 May: met late
        record(token, sentenced, contact("home-visit", "2026-05-20T10:00:00Z", true, "child")).then().statusCode(201)
                .body("met[0].status", equalTo("met-late")).body("started[0].dueDate", equalTo("2026-08-20"));
        // the next one on time; the one after would fall due on 10 November, after the order ends
        record(token, sentenced, contact("home-visit", "2026-08-10T10:00:00Z", true, "child")).then().statusCode(201)
                .body("met[0].status", equalTo("met")).body("started", hasSize(0));

        List<Map<String, Object>> visits = milestones(sentenced, "home-visit");
        assertThat(visits).hasSize(1);
        assertThat(milestones(sentenced, "first-home-visit").get(0)).containsEntry("status", "met-late");
    }

    @Test
    @DisplayName("MIL-8: a contact on Friday 28 August 2026 is due to be recorded by Wednesday 2 September (bank holiday Monday)")
    void eachContactShowsWhetherItWasRecordedInTime() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        String manager = TestTokens.token("wokingham", "team-manager");

        record(manager, sentenced, contact("office", "2026-08-28T14:00:00Z", true, "child")).then().statusCode(201)
                // the end of 2 September in London (BST)
                .body("recorded.recording.dueAt", equalTo("2026-09-02T22:59:59.999999Z"))
                .body("recorded.recording.onTime", equalTo(false))
                .body("recorded.recording.policyVersion", org.hamcrest.Matchers.startsWith("wokingham@"));
        String anHourAgo = TestClock.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        record(manager, sentenced, contact("virtual", anHourAgo, true, "child")).then().statusCode(201)
                .body("recorded.recording.onTime", equalTo(true));
    }

    @Test
    @DisplayName("MIL-1 and ROLES: a YJS court officer's post-sentence contact meets MIL-1 only")
    void aCourtOfficerRecordsThePostSentenceContact() {
        // on 14 September: first contact was due on Thursday 3rd, 3 working days after the allocation on Friday
        // 28 August (the summer bank holiday between), the first home visit on the 12th, 15 days after the order began
        TestClock.today("2026-09-14");
        Map<String, Object> outcome = CaseFixtures.sentencedOutcome("2026-08-28", "2011-05-05", true,
                CaseFixtures.yro("2026-08-28", "2027-08-27"));
        SentencedCase sentenced = CaseFixtures.sentenced("wokingham", outcome);
        allocate(kafka, sentenced, UUID.randomUUID(), Instant.parse("2026-08-28T12:00:00Z"));

        record(TestTokens.token("wokingham", "court-officer"), sentenced,
                contact("home-visit", "2026-08-28T15:00:00Z", true, "child")).then().statusCode(201)
                .body("met.step", containsInAnyOrder("post-sentence-contact"));

        assertThat(milestones(sentenced, "post-sentence-contact").get(0)).containsEntry("status", "met");
        assertThat(milestones(sentenced, "first-contact").get(0)).containsEntry("status", "overdue");
        assertThat(milestones(sentenced, "first-home-visit").get(0)).containsEntry("status", "overdue");
    }

    @Test
    void theSameContactRecordedTwiceIsOneContact() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        String manager = TestTokens.token("wokingham", "team-manager");
        Map<String, Object> visit = contact("home-visit", "2026-08-21T10:00:00Z", true, "child");

        String id = record(manager, sentenced, visit).then().statusCode(201).extract().path("recorded.id");
        record(manager, sentenced, visit).then().statusCode(200).body("duplicate", equalTo(true)).body("recorded.id", equalTo(id))
                .body("met", hasSize(0));

        given().auth().oauth2(manager).get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(200)
                .body("$", hasSize(1));
        assertThat(milestones(sentenced, "home-visit")).hasSize(1);
    }

    @Test
    void theSameContactRecordedTwiceAtOnceIsStillOneContact() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        String manager = TestTokens.token("wokingham", "team-manager");
        Map<String, Object> visit = contact("home-visit", "2026-08-21T11:00:00Z", true, "child");

        List<Integer> statuses = List.of(CompletableFuture.supplyAsync(() -> record(manager, sentenced, visit).statusCode()),
                        CompletableFuture.supplyAsync(() -> record(manager, sentenced, visit).statusCode()))
                .stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 201);
        assertThat(milestones(sentenced, "home-visit")).hasSize(1);
    }

    @Test
    void badContactsAreRefusedWithEveryProblemAndNothingIsStored() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        SentencedCase another = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        String manager = TestTokens.token("wokingham", "team-manager");
        Map<String, Object> bad = contact("home-visit", TestClock.now().plus(2, ChronoUnit.DAYS).toString(), true);
        bad.put("orderId", another.orderId().toString());

        record(manager, sentenced, bad).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("orderId", "date", "present"));
        record(manager, sentenced, Map.of("type", "carrier-pigeon", "made", true)).then().statusCode(400).contentType(PROBLEM);
        record(manager, sentenced, Map.of("made", true, "present", List.of())).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", org.hamcrest.Matchers.hasItems("type", "occurredAt"));

        given().auth().oauth2(manager).get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().body("$", hasSize(0));
    }

    @Test
    @DisplayName("X-1: another authority's case is 404 for its contacts; a case worker records only on cases they hold")
    void contactsBelongToTheirAuthorityAndTheirHolder() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-08-20", "2027-08-19");
        UUID caseManager = UUID.randomUUID();
        allocate(kafka, sentenced, caseManager, Instant.parse("2026-08-21T09:00:00Z"));
        Map<String, Object> call = contact("phone", "2026-08-21T10:00:00Z", true, "child");

        record(TestTokens.token("nottinghamshire", "team-manager"), sentenced, call).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(404);
        // a colleague in the same team reads the case but does not record on it
        record(worker("wokingham", UUID.randomUUID(), "case-worker"), sentenced, call).then().statusCode(403).contentType(PROBLEM);
        record(TestTokens.token("wokingham", "business-support"), sentenced, call).then().statusCode(403);

        record(worker("wokingham", caseManager, "case-worker"), sentenced, call).then().statusCode(201);
    }
}
