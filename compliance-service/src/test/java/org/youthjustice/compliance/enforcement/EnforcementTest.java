package org.youthjustice.compliance.enforcement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Paging;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.compliance.PoliceNotified;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.events.compliance.WarningLevel;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class EnforcementTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static String manager(String name) {
        // each signs as its own person: the token's subject is its username
        return TestTokens.forSubject(name.replace(' ', '-').toLowerCase() + "-" + UUID.randomUUID()).authority("wokingham")
                .roles("team-manager").sign();
    }

    private SupervisedCase underOrder(boolean outOfCourt) {
        return Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2), TestClock.today().plusMonths(6), outOfCourt);
    }

    private static Response post(String token, SupervisedCase supervised, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/compliance/cases/" + supervised.caseId() + path);
    }

    private static Response judge(String token, SupervisedCase supervised, String absence, Object judgement) {
        return post(token, supervised, "/absences/" + absence + "/judgement", judgement);
    }

    private static JsonPath escalation(SupervisedCase supervised) {
        return given().auth().oauth2(supervised.caseManagerToken())
                .get("/api/compliance/cases/" + supervised.caseId() + "/orders/" + supervised.orderId() + "/escalation")
                .then().statusCode(200).extract().jsonPath();
    }

    private static final Map<String, Object> UNACCEPTABLE = Map.of("acceptable", false);

    private List<EventEnvelope> compliance(SupervisedCase supervised, String type, int atLeast) {
        java.util.function.Function<List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>, List<EventEnvelope>> ofCase =
                records -> records.stream().filter(r -> supervised.caseId().toString().equals(r.key()))
                        .map(r -> EventJson.read(r.value())).filter(e -> type.equals(e.type())).toList();
        return ofCase.apply(kafka.readUntil(Topics.COMPLIANCE, records -> ofCase.apply(records).size() >= atLeast,
                Duration.ofSeconds(30)));
    }

    @Test
    @DisplayName("CMP-2 to CMP-7: from the first missed appointment to breach: follow-up in 1 working day, first warning, "
            + "the exception once, second warning and compliance meeting in 10 days, breach proceedings in 5 days, "
            + "the breach report approved by another manager")
    void fromTheFirstMissedAppointmentToBreach() {
        SupervisedCase supervised = underOrder(false);
        LocalDate today = TestClock.today();

        String first = Supervision.missed(supervised, 200);
        assertThat(escalation(supervised).getString("nextActions[0].action")).isEqualTo("follow up the missed appointment");
        post(supervised.caseManagerToken(), supervised, "/absences/" + first + "/follow-up",
                Map.of("kind", "phone-call", "at", TestClock.now().toString())).then().statusCode(200)
                .body("followUp.status", equalTo("met"));
        judge(supervised.caseManagerToken(), supervised, first, Map.of("acceptable", true)).then().statusCode(422)
                .contentType(PROBLEM).body("violations[0].rule", equalTo("CMP-2"));
        judge(supervised.caseManagerToken(), supervised, first, UNACCEPTABLE).then().statusCode(200)
                .body("judgement", equalTo("unacceptable"));
        assertThat(escalation(supervised).getString("currentStep.step")).isEqualTo("first-warning");

        String second = Supervision.missed(supervised, 180);
        Map<String, Object> exception = Map.of("acceptable", true, "exception", Map.of("rationale",
                "Otherwise full attendance; grandmother in hospital", "verbalWarning", "Told further absences need a note"));
        judge(supervised.caseManagerToken(), supervised, second, exception).then().statusCode(200)
                .body("judgement", equalTo("acceptable")).body("exceptionUsed", equalTo(true));

        String third = Supervision.missed(supervised, 160);
        judge(supervised.caseManagerToken(), supervised, third, exception).then().statusCode(422)
                .body("violations[0].rule", equalTo("CMP-3"));
        judge(supervised.caseManagerToken(), supervised, third, UNACCEPTABLE).then().statusCode(200);
        JsonPath afterSecondWarning = escalation(supervised);
        assertThat(afterSecondWarning.getList("history.step")).containsExactly("first-warning", "second-warning", "compliance-meeting");
        String meeting = afterSecondWarning.getString("history[2].id");
        LocalDate meetingDue = today.plusDays(10);
        assertThat(afterSecondWarning.getString("history[2].dueDate")).isEqualTo(meetingDue.toString());
        post(supervised.caseManagerToken(), supervised, "/enforcement/" + meeting + "/compliance-meeting",
                Map.of("at", meetingDue.plusDays(1).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString()))
                .then().statusCode(422).body("violations[0].rule", equalTo("CMP-6"));
        Instant meetingAt = TestClock.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        post(supervised.caseManagerToken(), supervised, "/enforcement/" + meeting + "/compliance-meeting", Map.of("at", meetingAt.toString()))
                .then().statusCode(200).body("meetingAt", equalTo(meetingAt.toString()));
        post(manager("Sam Okafor"), supervised, "/enforcement/" + meeting + "/meeting-held", Map.of("heldAt", TestClock.now().toString()))
                .then().statusCode(200).body("status", equalTo("done"));

        String fourth = Supervision.missed(supervised, 140);
        judge(supervised.caseManagerToken(), supervised, fourth, UNACCEPTABLE).then().statusCode(200);
        JsonPath atBreach = escalation(supervised);
        assertThat(atBreach.getMap("counts")).containsEntry("missed", 4).containsEntry("unacceptable", 3)
                .containsEntry("acceptable", 1).containsEntry("awaitingJudgement", 0);
        assertThat(atBreach.getBoolean("exceptionUsed")).isTrue();
        // the letters are due the day each step is decided (CMP-11); breach proceedings in 5 days
        assertThat(atBreach.getList("nextActions.action")).containsExactly("write the first-warning letter",
                "write the second-warning letter", "write the breach letter", "breach-proceedings");
        assertThat(atBreach.getString("nextActions.find { it.action == 'breach-proceedings' }.dueDate"))
                .isEqualTo(today.plusDays(5).toString());
        String breach = atBreach.getString("nextActions.find { it.action == 'breach-proceedings' }.stepId");

        String reporter = manager("Alex Report");
        post(reporter, supervised, "/enforcement/" + breach + "/approval", Map.of()).then().statusCode(422)
                .body("violations[0].rule", equalTo("CMP-7"));
        post(reporter, supervised, "/enforcement/" + breach + "/breach-report",
                Map.of("summary", "Three unexplained absences", "riskOrSafeguardingConcerns", true)).then().statusCode(200);
        post(reporter, supervised, "/enforcement/" + breach + "/approval", Map.of()).then().statusCode(403).contentType(PROBLEM);
        post(manager("Sam Okafor"), supervised, "/enforcement/" + breach + "/approval", Map.of()).then().statusCode(200)
                .body("status", equalTo("done"));

        List<EventEnvelope> warnings = compliance(supervised, "warning.issued", 2);
        assertThat(warnings).extracting(e -> e.dataAs(WarningIssued.class).level()).containsExactly(WarningLevel.FIRST, WarningLevel.SECOND);
        assertThat(compliance(supervised, "breach.initiated", 1)).singleElement().satisfies(e -> {
            BreachInitiated initiated = e.dataAs(BreachInitiated.class);
            assertThat(initiated.orderId()).isEqualTo(supervised.orderId());
            assertThat(initiated.riskFlag()).isTrue();
        });
        assertThat(compliance(supervised, "compliance-meeting.scheduled", 1)).hasSize(1);
    }

    @Test
    @DisplayName("CMP-2: written evidence arriving after an absence was judged unacceptable makes it acceptable and "
            + "withdraws the compliance meeting it started")
    void evidenceArrivingLate() {
        SupervisedCase supervised = underOrder(false);
        judge(supervised.caseManagerToken(), supervised, Supervision.missed(supervised, 200), UNACCEPTABLE).then().statusCode(200);
        String second = Supervision.missed(supervised, 180);
        judge(supervised.caseManagerToken(), supervised, second, UNACCEPTABLE).then().statusCode(200);
        assertThat(escalation(supervised).getString("currentStep.step")).isEqualTo("compliance-meeting");

        post(supervised.caseManagerToken(), supervised, "/absences/" + second + "/evidence",
                Map.of("kind", "sick-note", "description", "GP note covering the day")).then().statusCode(200)
                .body("judgement", equalTo("acceptable")).body("evidenceKind", equalTo("sick-note"));

        JsonPath after = escalation(supervised);
        assertThat(after.getMap("counts")).containsEntry("unacceptable", 1).containsEntry("acceptable", 1);
        assertThat(after.getList("history.status")).containsExactly("done", "done", "withdrawn");
        assertThat(after.getString("history[2].reason")).isEqualTo("written evidence arrived: the absence is acceptable");
        assertThat(after.getString("currentStep.step")).isEqualTo("second-warning");
        // the second warning's letter is withdrawn with it; the first warning's is still to write
        assertThat(after.getList("nextActions.action")).containsExactly("write the first-warning letter");
    }

    @Test
    @DisplayName("CMP-8: under an out-of-court disposal the police are told instead of breach")
    void outOfCourtDisposalsNotifyThePolice() {
        SupervisedCase supervised = underOrder(true);
        String last = null;
        for (int secondsAgo = 200; secondsAgo > 140; secondsAgo -= 20) {
            last = Supervision.missed(supervised, secondsAgo);
            judge(supervised.caseManagerToken(), supervised, last, UNACCEPTABLE).then().statusCode(200);
        }
        assertThat(escalation(supervised).getList("history.step"))
                .containsExactly("first-warning", "second-warning", "compliance-meeting", "police-notification");
        String absence = last;
        assertThat(compliance(supervised, "police.notified", 1)).singleElement()
                .satisfies(e -> assertThat(e.dataAs(PoliceNotified.class).orderId()).isEqualTo(supervised.orderId()));
        // the police partner reads it, for its own authority only, by case reference
        given().auth().oauth2(TestTokens.token("wokingham", "partner-police")).get("/api/compliance/police-notifications")
                .then().statusCode(200)
                .body("find { it.caseId == '" + supervised.caseId() + "' }.caseReference", equalTo(Supervision.reference(supervised.caseId())))
                .body("find { it.caseId == '" + supervised.caseId() + "' }.unacceptableAbsences", equalTo(3));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "partner-police")).get("/api/compliance/police-notifications")
                .then().statusCode(200).body("caseId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(supervised.caseId().toString())));
        given().auth().oauth2(TestTokens.token("wokingham", "partner-police")).queryParam("since", "yesterday")
                .get("/api/compliance/police-notifications").then().statusCode(400).body("violations.field", contains("since"));
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/police-notifications").then().statusCode(403);
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/cases/" + supervised.caseId() + "/absences")
                .then().body("find { it.id == '" + absence + "' }.judgement", equalTo("unacceptable"));
    }

    @Test
    @DisplayName("CMP-8: the police's notifications page oldest first, after since, with X-Total-Count and Link; another "
            + "authority's are neither listed nor counted; a bad limit or offset is a 400 naming the field")
    void policeNotificationsPage() {
        String authority = Paging.freshAuthority("police");
        String elsewhere = Paging.freshAuthority("police-elsewhere");
        // out of court, every unacceptable absence from the third tells the police: three notifications here, one there
        SupervisedCase supervised = Supervision.underOrder(kafka, authority, TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), true);
        for (int secondsAgo = 240; secondsAgo > 140; secondsAgo -= 20) {
            judge(supervised.caseManagerToken(), supervised, Supervision.missed(supervised, secondsAgo), UNACCEPTABLE)
                    .then().statusCode(200);
            TestClock.advance(Duration.ofSeconds(1));
        }
        SupervisedCase other = Supervision.underOrder(kafka, elsewhere, TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), true);
        for (int secondsAgo = 240; secondsAgo > 180; secondsAgo -= 20) {
            judge(other.caseManagerToken(), other, Supervision.missed(other, secondsAgo), UNACCEPTABLE).then().statusCode(200);
        }
        String police = TestTokens.token(authority, "partner-police");
        Response whole = Paging.list(police, "/api/compliance/police-notifications", Map.of());
        assertThat(Paging.total(whole)).isEqualTo(3);
        assertThat(whole.header("Link")).isNull();
        List<Map<String, Object>> notifications = whole.jsonPath().getList("$");
        assertThat(notifications).extracting(n -> n.get("unacceptableAbsences")).containsExactly(3, 4, 5);
        assertThat(notifications).extracting(n -> n.get("caseId")).containsOnly(supervised.caseId().toString());

        Response first = Paging.list(police, "/api/compliance/police-notifications", Map.of("limit", "2"));
        assertThat(first.jsonPath().getList("$")).isEqualTo(notifications.subList(0, 2));
        assertThat(Paging.total(first)).isEqualTo(3);
        Paging.assertLink(first, "next", 2, 2);
        Response last = Paging.list(police, "/api/compliance/police-notifications", Map.of("limit", "2", "offset", "2"));
        assertThat(last.jsonPath().getList("$")).isEqualTo(notifications.subList(2, 3));
        Paging.assertLink(last, "prev", 0, 2);
        assertThat(Paging.link(last, "next")).isNull();
        // polling after the first one read: the rest, counted as such
        Response since = Paging.list(police, "/api/compliance/police-notifications",
                Map.of("since", notifications.get(0).get("notifiedAt"), "limit", "1"));
        assertThat(Paging.total(since)).isEqualTo(2);
        assertThat(since.jsonPath().getList("$")).isEqualTo(notifications.subList(1, 2));
        assertThat(Paging.link(since, "next")).contains("since=");

        Response theirs = Paging.list(TestTokens.token(elsewhere, "partner-police"), "/api/compliance/police-notifications", Map.of());
        assertThat(Paging.total(theirs)).isEqualTo(1);
        assertThat(theirs.jsonPath().getList("caseId")).containsExactly(other.caseId().toString());

        Paging.assertBadPagingRefused(police, "/api/compliance/police-notifications", Map.of());
        given().auth().oauth2(police).queryParam("since", "yesterday").queryParam("limit", "abc")
                .get("/api/compliance/police-notifications").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("since", "limit"));
    }

    @Test
    @DisplayName("CMP-2: two people judging the same absence at once: one wins, the other gets 409")
    void concurrentJudgements() {
        SupervisedCase supervised = underOrder(false);
        String absence = Supervision.missed(supervised, 200);

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() ->
                judge(supervised.caseManagerToken(), supervised, absence, UNACCEPTABLE).statusCode());
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> judge(manager("Sam Okafor"), supervised, absence,
                Map.of("acceptable", true, "evidence", Map.of("kind", "email", "description", "Employer email"))).statusCode());

        assertThat(List.of(one.join(), other.join())).containsExactlyInAnyOrder(200, 409);
        assertThat(escalation(supervised).getInt("counts.awaitingJudgement")).isZero();
    }

    @Test
    void badInputRolesAndOtherAuthorities() {
        SupervisedCase supervised = underOrder(false);
        String absence = Supervision.missed(supervised, 200);

        judge(supervised.caseManagerToken(), supervised, absence, Map.of()).then().statusCode(400)
                .body("violations.field", contains("acceptable"));
        judge(supervised.caseManagerToken(), supervised, absence, Map.of("acceptable", true, "evidence", Map.of("kind", "none",
                "description", "nothing"))).then().statusCode(422).body("violations[0].rule", equalTo("CMP-2"));
        post(supervised.caseManagerToken(), supervised, "/absences/" + absence + "/follow-up",
                Map.of("kind", "carrier-pigeon", "at", TestClock.now().toString())).then().statusCode(400)
                .body("violations.field", contains("kind"));
        judge(TestTokens.token("wokingham", "business-support"), supervised, absence, UNACCEPTABLE).then().statusCode(403);

        String other = TestTokens.token("nottinghamshire", "team-manager");
        judge(other, supervised, absence, UNACCEPTABLE).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).get("/api/compliance/cases/" + supervised.caseId() + "/orders/" + supervised.orderId()
                + "/escalation").then().statusCode(404);
        given().auth().oauth2(other).get("/api/compliance/cases/" + supervised.caseId() + "/absences").then().statusCode(404);
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/cases/" + supervised.caseId() + "/orders/"
                + UUID.randomUUID() + "/escalation").then().statusCode(400);
        assertThat(escalation(supervised).getInt("counts.awaitingJudgement")).isEqualTo(1);
        assertThat(escalation(supervised).getList("history")).isEmpty();
    }

    @Test
    @DisplayName("CMP-10: enforcement is announced as started at the first step and finished when the order ends")
    void enforcementInProgress() {
        SupervisedCase supervised = underOrder(false);
        judge(supervised.caseManagerToken(), supervised, Supervision.missed(supervised, 200), UNACCEPTABLE).then().statusCode(200);
        judge(supervised.caseManagerToken(), supervised, Supervision.missed(supervised, 180), UNACCEPTABLE).then().statusCode(200);

        EventEnvelope revoked = EventEnvelope.wrap(new org.youthjustice.events.orders.OrderRevoked(supervised.orderId(),
                TestClock.today(), "resentenced"), "order-service", TestClock.now(), "wokingham", supervised.caseId());
        kafka.publish(Topics.ORDERS, supervised.caseId().toString(), EventJson.write(revoked));

        assertThat(compliance(supervised, "enforcement.finished", 1)).singleElement().satisfies(e -> assertThat(
                e.dataAs(org.youthjustice.events.compliance.EnforcementFinished.class).reason()).startsWith("order revoked on"));
        assertThat(compliance(supervised, "enforcement.started", 1)).singleElement().satisfies(e -> assertThat(
                e.dataAs(org.youthjustice.events.compliance.EnforcementStarted.class).reason()).isEqualTo("first-warning (CMP-5)"));
    }

    @Test
    @DisplayName("CMP-10, TRF-12: written evidence that makes the last unacceptable absence acceptable finishes enforcement")
    void evidenceForTheLastUnacceptableAbsenceFinishesEnforcement() {
        SupervisedCase supervised = underOrder(false);
        String first = Supervision.missed(supervised, 200);
        String second = Supervision.missed(supervised, 180);
        judge(supervised.caseManagerToken(), supervised, first, UNACCEPTABLE).then().statusCode(200);
        judge(supervised.caseManagerToken(), supervised, second, UNACCEPTABLE).then().statusCode(200);
        assertThat(compliance(supervised, "enforcement.started", 1)).hasSize(1);

        post(supervised.caseManagerToken(), supervised, "/absences/" + first + "/evidence",
                Map.of("kind", "sick-note", "description", "GP note")).then().statusCode(200);
        post(supervised.caseManagerToken(), supervised, "/absences/" + second + "/evidence",
                Map.of("kind", "school-letter", "description", "School trip")).then().statusCode(200);

        assertThat(compliance(supervised, "enforcement.finished", 1)).singleElement().satisfies(e -> assertThat(
                e.dataAs(org.youthjustice.events.compliance.EnforcementFinished.class).reason())
                .isEqualTo("every unacceptable absence was accepted on written evidence"));
    }
}
