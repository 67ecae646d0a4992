package org.youthjustice.victims.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.child;
import static org.youthjustice.victims.VictimRequests.get;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.post;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.sentence;
import static org.youthjustice.victims.VictimRequests.tasks;
import static org.youthjustice.victims.VictimRequests.tasksOnce;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class ContactTest {
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Map<String, Object> contacted(String purpose) {
        Map<String, Object> attempt = new HashMap<>();
        attempt.put("purpose", purpose);
        attempt.put("attemptedAt", TestClock.now().toString());
        attempt.put("method", "phone");
        attempt.put("contactedPerson", "victim");
        attempt.put("result", "contacted");
        attempt.put("outcomeTold", true);
        attempt.put("supportOffered", true);
        attempt.put("notes", "told of the order; Victim Support's number given");
        return attempt;
    }

    private static Map<String, Object> consent(boolean given) {
        return Map.of("consentToContact", given, "source", "victim", "givenOn", TestClock.today().toString());
    }

    @Test
    @DisplayName("VIC-1: the first contact with a consenting direct victim is due 5 working days after the sentence, explained, "
            + "not counting Christmas Day, the weekend, the Boxing Day substitute and New Year's Day")
    void firstContactDueInFiveWorkingDays() {
        TestClock.set(CHRISTMAS_EVE, LocalTime.of(9, 0));
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        assertThat(tasks(rj, victim)).as("nothing is owed before the sentence").isEmpty();

        sentence(kafka, "wokingham", caseId, CHRISTMAS_EVE);
        Map<String, Object> task = tasksOnce(rj, victim, t -> !t.isEmpty()).get(0);
        assertThat(task).containsEntry("rule", "VIC-1").containsEntry("purpose", "sentence-outcome")
                .containsEntry("dueDate", "2027-01-05").containsEntry("status", "due");
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) task.get("explanation");
        assertThat(explanation).containsEntry("timeLimit", "5 working-days").containsEntry("trigger", "the sentence on 2026-12-24");
        assertThat(explanation.get("policyVersion").toString()).startsWith("wokingham@");
        assertThat(explanation.get("skipped").toString()).contains("2026-12-25, why=bank holiday", "2026-12-26, why=weekend",
                "2026-12-28, why=bank holiday", "2027-01-01, why=bank holiday");
    }

    @Test
    @DisplayName("VIC-6: a victim under 17 gets the enhanced service: the first contact is due 1 working day after the sentence")
    void enhancedServiceForChildVictims() {
        TestClock.set(CHRISTMAS_EVE, LocalTime.of(9, 0));
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, child("Kit Summers", 14));

        sentence(kafka, "wokingham", caseId, CHRISTMAS_EVE);
        Map<String, Object> task = tasksOnce(rj, victim, t -> !t.isEmpty()).get(0);
        assertThat(task).containsEntry("rule", "VIC-6").containsEntry("dueDate", "2026-12-29");
        assertThat(task.get("explanation").toString()).contains("under 17");
    }

    @Test
    @DisplayName("VIC-1: a contact that tells the outcome and offers support meets the task and is announced with whether it was "
            + "in time; one that does not is refused; a failed attempt is logged and leaves the task open")
    void contactMeetsTheTask() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        sentence(kafka, "wokingham", caseId, TestClock.today());
        tasksOnce(rj, victim, t -> !t.isEmpty());

        Map<String, Object> noSupport = contacted("sentence-outcome");
        noSupport.put("supportOffered", false);
        post(rj, "/victims/" + victim + "/contacts", noSupport).then().statusCode(422).body("violations.rule", contains("VIC-1"));
        Map<String, Object> noAnswer = contacted("sentence-outcome");
        noAnswer.put("result", "no-answer");
        post(rj, "/victims/" + victim + "/contacts", noAnswer).then().statusCode(201);
        assertThat(tasks(rj, victim)).extracting(t -> t.get("status")).containsExactly("due");

        TestClock.advance(java.time.Duration.ofDays(1));
        post(rj, "/victims/" + victim + "/contacts", contacted("sentence-outcome")).then().statusCode(201)
                .body("notes", org.hamcrest.Matchers.nullValue());
        assertThat(tasks(rj, victim)).extracting(t -> t.get("status")).containsExactly("met");

        EventEnvelope made = VictimRequests.victimEvent(kafka, caseId, "victim-contact.made");
        assertThat(made.data().get("victimRef").asText()).isEqualTo(victim);
        assertThat(made.data().get("withinTimeLimit").asBoolean()).isTrue();
        get(rj, "/victims/" + victim + "/contacts").then().statusCode(400);
        given(rj).header(VictimRequests.REASON, "checking the log").get(VictimRequests.ROOT + "/victims/" + victim + "/contacts")
                .then().statusCode(200).body("result", contains("no-answer", "contacted"))
                .body("notes[1]", org.hamcrest.Matchers.containsString("Victim Support"));
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }

    @Test
    @DisplayName("VIC-2, VIC-9: an opt-out closes every open contact task at once, is announced, and stops further tasks and "
            + "contacts; opting back in owes the first contact again from then")
    void optOutStopsEverything() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String leaving = referred("wokingham", caseId, adult("Morgan Ellis"));
        sentence(kafka, "wokingham", caseId, TestClock.today());
        tasksOnce(rj, leaving, t -> !t.isEmpty());

        post(rj, "/victims/" + leaving + "/consent", consent(false)).then().statusCode(200);
        assertThat(tasks(rj, leaving)).extracting(t -> t.get("status")).containsExactly("closed");
        assertThat(tasks(rj, leaving).get(0).get("closedReason").toString()).contains("opted out", "VIC-9");
        assertThat(VictimRequests.victimEvent(kafka, caseId, "victim-consent.withdrawn").data().get("victimRef").asText())
                .isEqualTo(leaving);
        post(rj, "/victims/" + leaving + "/contacts", contacted("sentence-outcome")).then().statusCode(422)
                .body("violations.rule", contains("VIC-9"));

        // a second consenting victim shows when the next sentence has been taken in: the one who opted out gets nothing
        String staying = referred("wokingham", caseId, adult("Jamie Price"));
        tasksOnce(rj, staying, t -> t.size() == 1);
        post(rj, "/victims/" + staying + "/contacts", contacted("sentence-outcome")).then().statusCode(201);
        sentence(kafka, "wokingham", caseId, TestClock.today().plusDays(1));
        tasksOnce(rj, staying, t -> t.size() == 2);
        assertThat(tasks(rj, leaving)).extracting(t -> t.get("status")).containsExactly("closed");

        post(rj, "/victims/" + leaving + "/consent", consent(true)).then().statusCode(200);
        List<Map<String, Object>> again = tasks(rj, leaving);
        assertThat(again).extracting(t -> t.get("status")).containsExactly("closed", "due");
        assertThat(again.get(1).get("explanation").toString()).contains("opting back in");
        assertThat(VictimRequests.victimEvents(kafka, caseId, 4)).extracting(EventEnvelope::type)
                .containsSubsequence("victim-consent.recorded", "victim-consent.withdrawn", "victim-consent.recorded");
    }

    @Test
    @DisplayName("VIC-6, VIC-2: an indirect victim, or one who has not consented, is owed no contact task; two orders at one "
            + "hearing owe one first contact")
    void onlyConsentingDirectVictims() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String indirect = post(rj, "/cases/" + caseId + "/victims", Map.of("directVictim", false, "details", adult("Lee Indirect"),
                "consent", consent(true))).then().statusCode(201).extract().path("victimRef");
        String declined = VictimRequests.refer("wokingham", VictimRequests.referral(caseId, adult("Sam Declined"), false))
                .then().statusCode(201).extract().path("victimRef");
        String direct = referred("wokingham", caseId, adult("Morgan Ellis"));

        sentence(kafka, "wokingham", caseId, TestClock.today());
        sentence(kafka, "wokingham", caseId, TestClock.today());
        tasksOnce(rj, direct, t -> t.size() == 1);
        post(rj, "/victims/" + direct + "/contacts", contacted("sentence-outcome")).then().statusCode(201);
        // the next hearing's order, after both on the case's partition: once it owes a new contact, both were applied
        sentence(kafka, "wokingham", caseId, TestClock.today().plusDays(1));
        assertThat(tasksOnce(rj, direct, t -> t.size() >= 2)).extracting(t -> t.get("status")).containsExactly("met", "due");
        assertThat(tasks(rj, indirect)).isEmpty();
        assertThat(tasks(rj, declined)).isEmpty();
    }

    @Test
    @DisplayName("ALC-11: the restorative justice worker allocated to the case sees its victims' tasks as their own; the "
            + "authority's list has every open task, soonest due first")
    void myTasks() {
        UUID caseId = openCase(kafka, "wokingham");
        UUID worker = UUID.randomUUID();
        String mine = VictimRequests.rjWorker(worker, "wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        VictimRequests.publish(kafka, Topics.ALLOCATIONS, "wokingham", caseId, new CaseAllocated(UUID.randomUUID(), caseId, null, null,
                new CaseManager(UUID.randomUUID(), "band-2", "north"), List.of(), worker, "manager", TestClock.now()));
        sentence(kafka, "wokingham", caseId, TestClock.today());
        tasksOnce(mine, victim, t -> !t.isEmpty());

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> get(mine, "/tasks").then()
                .statusCode(200).extract().<List<String>>path("victimRef").contains(victim));
        assertThat(get(rjWorker("wokingham"), "/tasks").then().statusCode(200).extract().<List<String>>path("victimRef"))
                .doesNotContain(victim);
        List<String> dueDates = get(rjWorker("wokingham"), "/tasks?scope=authority&limit=500").then().statusCode(200)
                .extract().path("dueDate");
        assertThat(dueDates).isSorted();
        assertThat(get(rjWorker("nottinghamshire"), "/tasks?scope=authority&limit=500").then().statusCode(200)
                .extract().<List<String>>path("victimRef")).doesNotContain(victim);
        get(mine, "/tasks?scope=team").then().statusCode(400).contentType(VictimRequests.PROBLEM);
    }
}
