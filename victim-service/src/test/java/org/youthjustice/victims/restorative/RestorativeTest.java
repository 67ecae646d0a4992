package org.youthjustice.victims.restorative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.post;
import static org.youthjustice.victims.VictimRequests.publish;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.sentence;
import static org.youthjustice.victims.VictimRequests.tasksOnce;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class RestorativeTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    private static List<String> purposes(List<Map<String, Object>> tasks) {
        return tasks.stream().map(t -> t.get("purpose") + ":" + t.get("status")).toList();
    }

    @Test
    @DisplayName("VIC-7, VIC-3: the decision to invite the victim comes with its reasons; their wishes among the options follow it")
    void decisionThenWishes() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        String path = "/victims/" + victim;

        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("direct-meeting")))
                .put(VictimRequests.ROOT + path + "/restorative-options").then().statusCode(422)
                .body("violations.rule", contains("VIC-7"));
        post(rj, path + "/restorative-decision", Map.of("appropriate", true)).then().statusCode(422)
                .body("violations.rule", contains("VIC-7"));
        post(rj, path + "/restorative-decision", Map.of("appropriate", true, "reasons", "the child accepts responsibility"))
                .then().statusCode(200).body("restorative.appropriate", equalTo(true))
                .body("restorative.decidedAt", org.hamcrest.Matchers.startsWith(TestClock.today().toString()));
        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("none", "direct-meeting")))
                .put(VictimRequests.ROOT + path + "/restorative-options").then().statusCode(422).body("violations.rule", contains("VIC-3"));
        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("bungee-jump")))
                .put(VictimRequests.ROOT + path + "/restorative-options").then().statusCode(400);
        RestAssured.given().auth().oauth2(rj).contentType("application/json")
                .body(Map.of("options", List.of("letter-of-apology", "shuttle-communication"), "wishes", "would rather not meet"))
                .put(VictimRequests.ROOT + path + "/restorative-options").then().statusCode(200)
                .body("restorative.options", containsInAnyOrder("letter-of-apology", "shuttle-communication"))
                .body("restorative.takingPart", equalTo(true));
    }

    @Test
    @DisplayName("VIC-8: a victim taking part is kept informed of the case's progress and told when the intervention concluded, "
            + "each a task due in 5 working days; a victim not taking part is not")
    void keptInformed() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String taking = referred("wokingham", caseId, adult("Morgan Ellis"));
        String notTaking = referred("wokingham", caseId, adult("Jamie Price"));
        post(rj, "/victims/" + taking + "/restorative-decision", Map.of("appropriate", true, "reasons", "both willing"))
                .then().statusCode(200);
        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("letter-of-apology")))
                .put(VictimRequests.ROOT + "/victims/" + taking + "/restorative-options").then().statusCode(200);
        UUID orderId = sentence(kafka, "wokingham", caseId, TestClock.today());
        tasksOnce(rj, taking, t -> t.size() == 1);

        publish(kafka, Topics.ORDERS, "wokingham", caseId, new OrderVaried(orderId, TestClock.today(), "variation", List.of(), null));
        List<Map<String, Object>> tasks = tasksOnce(rj, taking, t -> t.size() == 2);
        assertThat(purposes(tasks)).containsExactly("sentence-outcome:due", "progress-update:due");
        assertThat(tasks.get(1)).containsEntry("rule", "VIC-8");

        Map<String, Object> update = new java.util.HashMap<>(Map.of("purpose", "progress-update", "attemptedAt", TestClock.now().toString(),
                "method", "letter", "contactedPerson", "victim", "result", "contacted"));
        post(rj, "/victims/" + taking + "/contacts", update).then().statusCode(201);

        publish(kafka, Topics.ORDERS, "wokingham", caseId, new OrderCompleted(orderId, TestClock.today(), "expired"));
        assertThat(purposes(tasksOnce(rj, taking, t -> t.size() == 3)))
                .containsExactly("sentence-outcome:due", "progress-update:met", "conclusion:due");
        assertThat(purposes(VictimRequests.tasks(rj, notTaking))).containsExactly("sentence-outcome:due");
    }

    @Test
    @DisplayName("VIC-8: recording the restorative intervention's conclusion owes the victim the news; once concluded, no longer taking part")
    void conclusionRecorded() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        String path = "/victims/" + victim;
        post(rj, path + "/restorative-conclusion", Map.of("concludedOn", TestClock.today().toString())).then().statusCode(409)
                .body("violations.rule", contains("VIC-8"));
        post(rj, path + "/restorative-decision", Map.of("appropriate", true, "reasons", "both willing")).then().statusCode(200);
        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("direct-meeting")))
                .put(VictimRequests.ROOT + path + "/restorative-options").then().statusCode(200);

        post(rj, path + "/restorative-conclusion", Map.of("concludedOn", TestClock.today().toString())).then().statusCode(200)
                .body("restorative.takingPart", equalTo(false)).body("restorative.concludedOn", equalTo(TestClock.today().toString()))
                .body("tasks.purpose", contains("conclusion")).body("tasks[0].rule", equalTo("VIC-8"));
        post(rj, path + "/restorative-conclusion", Map.of("concludedOn", TestClock.today().toString())).then().statusCode(409);
    }
}
