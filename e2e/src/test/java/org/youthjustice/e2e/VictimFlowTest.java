package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.e2e.VictimScenarios.CASE_WORKER;
import static org.youthjustice.e2e.VictimScenarios.RJ_WORKER;
import static org.youthjustice.e2e.VictimScenarios.TEAM_MANAGER;
import static org.youthjustice.e2e.VictimScenarios.addWorkingDays;
import static org.youthjustice.e2e.VictimScenarios.as;
import static org.youthjustice.e2e.VictimScenarios.asPolice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Restorative justice victim contact across services, through the gateway with real tokens: the police partner's
 * referral into victim-service, the sentence from order-service, the restorative justice worker from allocation-service
 * (ALC-11), the contact tasks with their deadlines, and who may see a victim at all (VIC-4, X-1).
 */
@EndToEnd
class VictimFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENTENCE_TASK = "tasks.find { it.purpose == 'sentence-outcome' }";
    private static final String PROGRESS_TASK = "tasks.find { it.purpose == 'progress-update' }";

    /** A successful phone call a minute ago telling the sentence's outcome and offering victim support (VIC-1). */
    private static Map<String, Object> firstContact(String contactedPerson, String notes) {
        Map<String, Object> contact = new HashMap<>(Map.of("purpose", "sentence-outcome",
                "attemptedAt", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString(), "method", "phone",
                "contactedPerson", contactedPerson, "result", "contacted", "outcomeTold", true, "supportOffered", true));
        contact.put("notes", notes);
        return contact;
    }

    /** A hearing today varying the child's order (ORD-1): order.varied follows to the other services. */
    private static void varied(RunningPlatform platform, LocalDate today, Map<String, Object> child, String orderId, String reason,
            List<Map<String, Object>> requirements) {
        Map<String, Object> named = new HashMap<>(child);
        named.putIfAbsent("lookedAfter", false);
        Map<String, Object> hearing = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "E2E-" + UUID.randomUUID(), "hearingDate", today.toString(), "outcome", "varied", "child", named,
                "offences", List.of(Map.of("description", "assault occasioning actual bodily harm", "imprisonable", true)),
                "orderChange", Map.of("orderId", orderId, "reason", reason, "requirements", requirements));
        as(platform, "wokingham-court-officer").body(hearing).post("/api/orders/court-outcomes").then().statusCode(201);
    }

    /** The events of {@code type} about {@code caseId} on {@code topic}, oldest first. */
    private static List<ConsumerRecord<byte[], byte[]>> events(KafkaTopics kafka, String topic, String type, String caseId) {
        return kafka.records(topic).stream().filter(record -> {
            try {
                JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
                return type.equals(event.path("type").asText()) && caseId.equals(event.path("caseId").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    @DisplayName("VIC-9, VIC-2, ALC-11, VIC-1, VIC-8 end to end: the police refer a consenting adult direct victim → the "
            + "sentence → a restorative justice worker allocated with the case manager → the first contact due 5 working days "
            + "after the sentence, made and met → a progress update owed → the victim opts out: every open task closed, and the "
            + "next variation owes them nothing")
    void aConsentingVictimIsContactedAfterSentenceUntilTheyOptOut(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID caseManager = VictimScenarios.caseWorker(platform);
        UUID rjWorker = VictimScenarios.rjWorker(platform);
        Map<String, Object> child = VictimScenarios.child(today, "Victim");
        String caseId = VictimScenarios.adjourned(platform, today, child, "assault occasioning actual bodily harm");

        // VIC-9: the police pass a consenting adult direct victim; the answer holds the pseudonymous reference only
        Map<String, Object> referral = VictimScenarios.referral(caseId,
                VictimScenarios.adult("Morgan Example-" + UUID.randomUUID().toString().substring(0, 8)));
        String victimRef = VictimScenarios.referred(platform, referral).then().statusCode(201)
                .body("caseId", equalTo(caseId)).body("consentToContact", equalTo(true)).body("details", nullValue())
                .extract().path("victimRef");
        asPolice(platform).body(referral).post("/api/victims/referrals").then().statusCode(200).body("victimRef", equalTo(victimRef));
        // VIC-2: the consent with its source and date; nothing is owed before the sentence
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef + "/consent").then().statusCode(200)
                .body("consentToContact", contains(true)).body("source", contains("police")).body("givenOn", contains(today.toString()));
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().statusCode(200).body("tasks", empty());

        // the sentence, on the same case
        assertThat(VictimScenarios.sentenced(platform, today, child, "assault occasioning actual bodily harm")).isEqualTo(caseId);

        // ALC-11: victim-consent.recorded has reached allocation-service: the case is allocated with a restorative justice worker
        String request = VictimScenarios.allocationRequest(platform, caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, TEAM_MANAGER)
                .get("/api/allocations/allocation-requests/" + request).jsonPath().getBoolean("restorativeJustice.needed"));
        as(platform, TEAM_MANAGER).get("/api/allocations/allocation-requests/" + request).then().statusCode(200)
                .body("restorativeJustice.candidates.workerId", hasItem(rjWorker.toString()));
        String rationale = "Knows the family from a previous order; has capacity this month.";
        as(platform, TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(), "rationale", rationale))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(422)
                .body("violations.rule", hasItem("ALC-11"));
        as(platform, TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(), "rjWorkerId", rjWorker.toString(), "rationale", rationale))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201)
                .body("workerId", equalTo(caseManager.toString())).body("rjWorkerId", equalTo(rjWorker.toString()));
        // case.allocated names both to order-service
        await().atMost(Duration.ofSeconds(60)).until(() -> rjWorker.toString().equals(as(platform, TEAM_MANAGER)
                .get("/api/orders/cases/" + caseId).jsonPath().getString("allocation.rjWorker")));
        as(platform, TEAM_MANAGER).get("/api/orders/cases/" + caseId).then().body("allocation.caseManager", equalTo(caseManager.toString()));

        // VIC-1: the first contact is due 5 working days after the sentence, on the restorative justice worker's own list
        // once order.made and case.allocated have reached victim-service
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, RJ_WORKER).queryParam("scope", "mine")
                .get("/api/victims/tasks").jsonPath().getList("victimRef").contains(victimRef));
        String due = addWorkingDays(today, 5).toString();
        String taskId = as(platform, RJ_WORKER).get("/api/victims/cases/" + caseId).then().statusCode(200)
                .body("victimRef", contains(victimRef)).body("[0].tasks", hasSize(1))
                .body("[0]." + SENTENCE_TASK + ".rule", equalTo("VIC-1"))
                .body("[0]." + SENTENCE_TASK + ".dueDate", equalTo(due))
                .body("[0]." + SENTENCE_TASK + ".status", equalTo("due"))
                .body("[0]." + SENTENCE_TASK + ".explanation.timeLimit", equalTo("5 working-days"))
                .body("[0]." + SENTENCE_TASK + ".explanation.trigger", containsString("the sentence on " + today))
                .extract().path("[0]." + SENTENCE_TASK + ".id");

        // the contact, telling the outcome and offering victim support, meets it
        as(platform, RJ_WORKER).body(firstContact("victim", "Told of the youth rehabilitation order; Victim Support details given."))
                .post("/api/victims/victims/" + victimRef + "/contacts").then().statusCode(201)
                .body("taskId", equalTo(taskId)).body("notes", nullValue());
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().statusCode(200)
                .body(SENTENCE_TASK + ".status", equalTo("met"));
        as(platform, RJ_WORKER).queryParam("scope", "mine").get("/api/victims/tasks").then().statusCode(200)
                .body("victimRef", not(hasItem(victimRef)));

        // VIC-7, VIC-3, VIC-8: taking part in a restorative process, the victim is owed news of the case's progress
        as(platform, RJ_WORKER).body(Map.of("appropriate", true, "reasons", "The child accepts responsibility; the victim asked about a letter."))
                .post("/api/victims/victims/" + victimRef + "/restorative-decision").then().statusCode(200);
        as(platform, RJ_WORKER).body(Map.of("options", List.of("letter-of-apology"), "wishes", "Would welcome a letter of apology."))
                .put("/api/victims/victims/" + victimRef + "/restorative-options").then().statusCode(200)
                .body("restorative.takingPart", equalTo(true));
        String orderId = as(platform, TEAM_MANAGER).get("/api/orders/cases/" + caseId).then().statusCode(200)
                .extract().path("orders[0].id");
        varied(platform, today, child, orderId, "requirements-added",
                List.of(Map.of("type", "supervision"), Map.of("type", "activity", "days", 60)));
        await().atMost(Duration.ofSeconds(60)).until(() -> "due".equals(as(platform, RJ_WORKER)
                .get("/api/victims/victims/" + victimRef).jsonPath().getString(PROGRESS_TASK + ".status")));
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().body(PROGRESS_TASK + ".rule", equalTo("VIC-8"));

        // VIC-9, VIC-2: the victim opts out: every open task is closed at once, the one met stays met
        as(platform, RJ_WORKER).body(Map.of("consentToContact", false, "source", "victim", "givenOn", today.toString()))
                .post("/api/victims/victims/" + victimRef + "/consent").then().statusCode(200)
                .body("consentToContact", equalTo(false))
                .body("tasks.status", everyItem(not(equalTo("due"))))
                .body("tasks.status", everyItem(not(equalTo("overdue"))))
                .body(PROGRESS_TASK + ".status", equalTo("closed"))
                .body(PROGRESS_TASK + ".closedReason", containsString("VIC-9"))
                .body(SENTENCE_TASK + ".status", equalTo("met"));
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef + "/consent").then().statusCode(200)
                .body("source", contains("police", "victim")).body("consentToContact", contains(true, false));
        as(platform, RJ_WORKER).queryParam("scope", "authority").get("/api/victims/tasks").then().statusCode(200)
                .body("victimRef", not(hasItem(victimRef)));

        // a later variation owes the victim who opted out nothing (VIC-2): once victim-service has consumed it, still no task
        varied(platform, today, child, orderId, "requirements-removed", List.of(Map.of("type", "supervision")));
        try (KafkaTopics kafka = new KafkaTopics(platform)) {
            AtomicReference<List<ConsumerRecord<byte[], byte[]>>> variations = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                variations.set(events(kafka, "yj.orders.v1", "order.varied", caseId));
                return variations.get().size() == 2;
            });
            kafka.awaitConsumed("victim-service", variations.get().get(1));
        }
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().statusCode(200)
                .body("tasks", hasSize(2)).body("tasks.status", containsInAnyOrder("met", "closed"));
        // and no contact is recorded with a victim who opted out (VIC-9)
        as(platform, RJ_WORKER).body(firstContact("victim", null)).post("/api/victims/victims/" + victimRef + "/contacts")
                .then().statusCode(422).body("violations.rule", hasItem("VIC-9"));
    }

    @Test
    @DisplayName("VIC-6 end to end: a victim under 17 comes with a parent or guardian, and their first contact is due 1 working "
            + "day after the sentence; the parent receives it")
    void aVictimUnderSeventeenIsContactedWithinOneWorkingDay(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> child = VictimScenarios.child(today, "Victim-Under-17");
        String caseId = VictimScenarios.adjourned(platform, today, child, "robbery");

        Map<String, Object> details = new HashMap<>();
        details.put("name", "Alex Example-" + UUID.randomUUID().toString().substring(0, 8));
        details.put("dateOfBirth", today.minusYears(13).toString());
        details.put("address", "2 Example Road, Wokingham RG41 2CD");
        details.put("preferredContactMethod", "letter");
        details.put("communicationNeeds", "large print");
        VictimScenarios.referred(platform, VictimScenarios.referral(caseId, details)).then().statusCode(422)
                .body("violations.rule", hasItem("VIC-6"));
        details.put("parentOrGuardian", Map.of("name", "Jo Example", "relationship", "mother", "address", "2 Example Road, Wokingham RG41 2CD",
                "phone", "07700 900456", "email", "jo.e2e@example.invalid"));
        String victimRef = asPolice(platform).body(VictimScenarios.referral(caseId, details)).post("/api/victims/referrals").then().statusCode(201)
                .extract().path("victimRef");

        assertThat(VictimScenarios.sentenced(platform, today, child, "robbery")).isEqualTo(caseId);

        // order.made reaches victim-service: the enhanced service's first contact, 1 working day after the sentence
        await().atMost(Duration.ofSeconds(60)).until(() -> !as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef)
                .jsonPath().getList("tasks").isEmpty());
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().statusCode(200)
                .body("tasks", hasSize(1))
                .body(SENTENCE_TASK + ".rule", equalTo("VIC-6"))
                .body(SENTENCE_TASK + ".dueDate", equalTo(addWorkingDays(today, 1).toString()))
                .body(SENTENCE_TASK + ".status", equalTo("due"))
                .body(SENTENCE_TASK + ".explanation.timeLimit", equalTo("1 working-days"))
                .body(SENTENCE_TASK + ".explanation.trigger", containsString("under 17"));

        // the parent receives the contact (VIC-6): it meets the task
        as(platform, RJ_WORKER).body(firstContact("parent-or-guardian", "Spoke with the mother; told of the order; support offered."))
                .post("/api/victims/victims/" + victimRef + "/contacts").then().statusCode(201);
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef).then().statusCode(200)
                .body(SENTENCE_TASK + ".status", equalTo("met"));
    }

    @Test
    @DisplayName("VIC-5, VIC-4, X-1, X-4 end to end: the case manager sees the risk to the victim as a flag on the case and gets "
            + "404 from every victim endpoint, as do the court officer, the other authority and the police client reading; every "
            + "opening of the victim's details is audited with its reason, for the managers to see")
    void onlyRestorativeJusticeWorkersAndManagersOfTheAuthoritySeeTheVictim(RunningPlatform platform) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID caseManager = VictimScenarios.caseWorker(platform);
        UUID rjWorker = VictimScenarios.rjWorker(platform);
        Map<String, Object> child = VictimScenarios.child(today, "Victim-Risk");
        String caseId = VictimScenarios.sentenced(platform, today, child, "harassment");
        String name = "Riley Example-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> details = VictimScenarios.adult(name);
        String victimRef = VictimScenarios.referred(platform, VictimScenarios.referral(caseId, details)).then().statusCode(201)
                .extract().path("victimRef");

        // the case worker is the case manager, with the restorative justice worker beside them (ALC-11)
        String request = VictimScenarios.allocationRequest(platform, caseId);
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, TEAM_MANAGER)
                .get("/api/allocations/allocation-requests/" + request).jsonPath().getBoolean("restorativeJustice.needed"));
        as(platform, TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(), "rjWorkerId", rjWorker.toString(),
                        "rationale", "Holds the family's other case."))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);

        // VIC-5: the restorative justice worker flags a risk to the victim; the case manager sees it on the case, by code only
        as(platform, RJ_WORKER).body(Map.of("flag", "lives-near-victim")).post("/api/victims/victims/" + victimRef + "/risks")
                .then().statusCode(200).body("riskFlags", contains("lives-near-victim"));
        await().atMost(Duration.ofSeconds(60)).until(() -> VictimScenarios.riskFlagsSeenBy(platform, CASE_WORKER, caseId)
                .contains("lives-near-victim"));
        String caseFile = as(platform, CASE_WORKER).get("/api/orders/cases/" + caseId).then().statusCode(200)
                .body("allocation.caseManager", equalTo(caseManager.toString())).body("victimRiskFlags", hasSize(1))
                .extract().asString();
        assertThat(caseFile).doesNotContain(victimRef, name, (String) details.get("address"), (String) details.get("phone"),
                (String) details.get("email"));

        // VIC-4, X-1: for everyone but the authority's restorative justice workers and managers, the victim does not exist
        Map<String, String> reads = Map.of(
                "/api/victims/victims/" + victimRef + "/details", "checking",
                "/api/victims/victims/" + victimRef, "",
                "/api/victims/victims/" + victimRef + "/consent", "",
                "/api/victims/victims/" + victimRef + "/contacts", "checking",
                "/api/victims/cases/" + caseId, "");
        Map<String, String> callers = Map.of(
                CASE_WORKER, platform.token(CASE_WORKER),
                "wokingham-court-officer", platform.token("wokingham-court-officer"),
                "nottinghamshire-rj-worker", platform.token("nottinghamshire-rj-worker"),
                "nottinghamshire-team-manager", platform.token("nottinghamshire-team-manager"),
                "police client", platform.clientToken(VictimScenarios.POLICE));
        callers.forEach((caller, token) -> reads.forEach((path, reason) -> {
            Response answer = io.restassured.RestAssured.given().baseUri(platform.gateway()).auth().oauth2(token)
                    .header("Access-Reason", reason.isEmpty() ? "none given" : reason).get(path);
            assertThat(answer.statusCode()).as(caller + " GET " + path).isEqualTo(404);
            assertThat(answer.asString()).as(caller + " GET " + path).doesNotContain(name);
        }));
        for (String path : List.of("/api/victims/tasks?scope=mine", "/api/victims/tasks?scope=authority",
                "/api/victims/audit?victimRef=" + victimRef)) {
            as(platform, CASE_WORKER).get(path).then().statusCode(404);
        }
        as(platform, CASE_WORKER).body(Map.of("flag", "victim-fears-retaliation")).post("/api/victims/victims/" + victimRef + "/risks")
                .then().statusCode(404);
        as(platform, "nottinghamshire-rj-worker").queryParam("scope", "authority").get("/api/victims/tasks").then().statusCode(200)
                .body("victimRef", not(hasItem(victimRef)));
        as(platform, "nottinghamshire-team-manager").queryParam("victimRef", victimRef).get("/api/victims/audit").then()
                .statusCode(200).body("$", empty());

        // VIC-4, X-4: the details open only with a reason, and every opening is audited with it
        as(platform, RJ_WORKER).get("/api/victims/victims/" + victimRef + "/details").then().statusCode(400)
                .body("violations.rule", hasItem("VIC-4"));
        String rjReason = "arranging the first contact " + UUID.randomUUID();
        String managerReason = "checking the risk flag before supervision " + UUID.randomUUID();
        as(platform, RJ_WORKER).header("Access-Reason", rjReason).get("/api/victims/victims/" + victimRef + "/details")
                .then().statusCode(200).body("name", equalTo(name)).body("address", equalTo(details.get("address")));
        as(platform, TEAM_MANAGER).header("Access-Reason", managerReason).get("/api/victims/victims/" + victimRef + "/details")
                .then().statusCode(200).body("name", equalTo(name));
        as(platform, TEAM_MANAGER).queryParam("victimRef", victimRef).queryParam("reads", true).get("/api/victims/audit").then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("action", everyItem(equalTo("victim.details-read")))
                .body("recordId", everyItem(equalTo(victimRef)))
                .body("username", contains(TEAM_MANAGER, RJ_WORKER))
                .body("rationale", contains(managerReason, rjReason));
        as(platform, "wokingham-service-manager").queryParam("victimRef", victimRef).get("/api/victims/audit").then()
                .statusCode(200).body("action", hasItem("victim.details-read")).body("action", hasItem("victim.risk-flagged"))
                .body("rationale", hasItem(rjReason));
        as(platform, RJ_WORKER).queryParam("victimRef", victimRef).get("/api/victims/audit").then().statusCode(404);
    }
}
