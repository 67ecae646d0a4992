package org.youthjustice.transfers.caretaking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.accepted;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.manager;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.transfers.TransferServiceInfrastructure;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class CaretakingTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Response put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(ROOT + path);
    }

    private static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ROOT + path);
    }

    private static Map<String, Object> agreement(String reviewDate) {
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("hostCaseManager", "Sam Patel");
        agreement.put("homeResponsibleOfficer", "Chris Green");
        agreement.put("startDate", "2026-11-24");
        agreement.put("reviewDate", reviewDate);
        agreement.put("contactEveryDays", 7);
        return agreement;
    }

    /** An accepted caretaking transfer from wokingham to nottinghamshire whose agreement both sides signed. */
    private static String inForce() {
        String id = accepted("caretaking", "wokingham", "nottinghamshire");
        put(caseWorker("wokingham"), "/" + id + "/caretaking", agreement("2027-02-20")).then().statusCode(200);
        post(manager("wokingham"), "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(200);
        post(manager("nottinghamshire"), "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(200)
                .body("status", equalTo("in-force"));
        return id;
    }

    @Test
    @DisplayName("TRF-8: the agreement names both officers, dates and Appendix B's responsibilities; the review no later "
            + "than 3 months after acceptance; both sides sign, named and timed; caretaking.started to the home authority")
    void agreementSignedByBoth() {
        String id = accepted("caretaking", "wokingham", "nottinghamshire");
        String homeManager = manager("wokingham");
        String hostManager = manager("nottinghamshire");
        put(caseWorker("wokingham"), "/" + id + "/caretaking", agreement("2027-02-25")).then().statusCode(422).contentType(PROBLEM)
                .body("violations.rule", contains("TRF-8")).body("violations[0].message", org.hamcrest.Matchers.containsString("2027-02-24"));
        Map<String, Object> courtDutyToHost = agreement("2027-02-24");
        courtDutyToHost.put("hostResponsibilities", List.of("Subsequent assessments", "List for breach proceedings"));
        put(caseWorker("nottinghamshire"), "/" + id + "/caretaking", courtDutyToHost).then().statusCode(422)
                .body("violations.rule", contains("TRF-14"));
        given().auth().oauth2(homeManager).get(ROOT + "/" + id + "/caretaking").then().statusCode(404);

        put(caseWorker("nottinghamshire"), "/" + id + "/caretaking", agreement("2027-02-24")).then().statusCode(200)
                .body("status", equalTo("awaiting-signatures")).body("yourSide", equalTo("host"))
                .body("hostAuthority", equalTo("nottinghamshire")).body("latestReviewDate", equalTo("2027-02-24"))
                .body("hostResponsibilities", hasItem("Subsequent assessments (AssetPlus)"))
                .body("homeResponsibilities", hasItem("Pre-sentence reports"))
                .body("homeKeepsCourtDuties", hasItem("Breach proceedings"));
        given().auth().oauth2(hostManager).queryParam("status", "awaiting-signatures").get(ROOT + "/caretaking").then()
                .statusCode(200).body("transferId", hasItem(id));
        given().auth().oauth2(homeManager).get(ROOT + "/tasks").then().statusCode(200)
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("sign-agreement"));

        post(homeManager, "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(200)
                .body("status", equalTo("awaiting-signatures")).body("signatures.home.signedBy", notNullValue())
                .body("signatures.host", nullValue());
        post(homeManager, "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(409).body("violations.rule", contains("TRF-8"));
        post(caseWorker("nottinghamshire"), "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(403);
        post(hostManager, "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(200).body("status", equalTo("in-force"));
        put(caseWorker("wokingham"), "/" + id + "/caretaking", agreement("2027-02-20")).then().statusCode(409)
                .body("violations.rule", contains("TRF-8"));
        given().auth().oauth2(hostManager).queryParam("status", "awaiting-signatures").get(ROOT + "/caretaking").then()
                .statusCode(200).body("transferId", not(hasItem(id)));

        EventEnvelope started = event(id, "caretaking.started");
        assertThat(started.authority()).isEqualTo("wokingham");
        assertThat(started.data().get("hostAuthority").asText()).isEqualTo("nottinghamshire");
        assertThat(started.data().get("reviewDate").asText()).isEqualTo("2027-02-24");
    }

    @Test
    @DisplayName("TRF-9: the host sends contact records at the agreed frequency; the home sees them, and sees them overdue when missed")
    void contactRecords() {
        String id = inForce();
        String host = caseWorker("nottinghamshire");
        String home = caseWorker("wokingham");
        post(home, "/" + id + "/caretaking/reports", Map.of("kind", "contact", "occurredOn", "2026-11-24", "summary", "x"))
                .then().statusCode(422).body("violations.rule", contains("TRF-9"));
        TestClock.today("2026-11-27");
        post(host, "/" + id + "/caretaking/reports", Map.of("kind", "contact", "occurredOn", "2026-11-26",
                "summary", "Home visit: attended, engaged well")).then().statusCode(201).body("kind", equalTo("contact"));
        given().auth().oauth2(home).get(ROOT + "/" + id + "/caretaking/reports").then().statusCode(200)
                .body("summary", contains("Home visit: attended, engaged well"));
        given().auth().oauth2(home).get(ROOT + "/" + id + "/caretaking").then()
                .body("contactRecords.lastOn", equalTo("2026-11-26")).body("contactRecords.nextDue", equalTo("2026-12-03"))
                .body("contactRecords.status", equalTo("due"));

        TestClock.today("2026-12-04");
        given().auth().oauth2(home).get(ROOT + "/" + id + "/caretaking").then().body("contactRecords.status", equalTo("overdue"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/tasks").then().statusCode(200)
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("contact-records-overdue"))
                .body("findAll { it.transferId == '" + id + "' }.rule", hasItem("TRF-9"));
        given().auth().oauth2(host).get(ROOT + "/tasks").then().statusCode(200)
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("send-contact-records"));
    }

    @Test
    @DisplayName("TRF-14: the host reports non-compliance; the home authority alone decides on it, and the host acts on its decision")
    void nonCompliance() {
        String id = inForce();
        String host = caseWorker("nottinghamshire");
        String home = manager("wokingham");
        String reportId = post(host, "/" + id + "/caretaking/reports", Map.of("kind", "non-compliance", "occurredOn", "2026-11-24",
                "summary", "Missed today's appointment, no reason given")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(home).get(ROOT + "/tasks").then()
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("decide-on-non-compliance"));
        post(host, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "first warning", "reasons",
                List.of("Unacceptable"))).then().statusCode(422).body("violations.rule", contains("TRF-14"));
        post(host, "/" + id + "/caretaking/reports/" + reportId + "/acted-on", Map.of("note", "warned"))
                .then().statusCode(422).body("violations.rule", hasItem("TRF-14"));
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "first warning", "reasons",
                List.of("Unacceptable absence: a first warning letter is to be given"))).then().statusCode(200)
                .body("answer", equalTo("first warning"));
        given().auth().oauth2(host).get(ROOT + "/tasks").then()
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("act-on-compliance-decision"));
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/acted-on", Map.of("note", "x")).then().statusCode(422)
                .body("violations.rule", contains("TRF-14"));
        post(host, "/" + id + "/caretaking/reports/" + reportId + "/acted-on", Map.of("note", "Letter handed over on 24 November"))
                .then().statusCode(200).body("actedOnNote", equalTo("Letter handed over on 24 November"));
    }

    @Test
    @DisplayName("TRF-15: the host sends assessment and plan stages; the home accepts or rejects each, always with reasons")
    void stageUpdates() {
        String id = inForce();
        String host = caseWorker("nottinghamshire");
        String home = manager("wokingham");
        post(host, "/" + id + "/caretaking/reports", Map.of("kind", "stage-update", "occurredOn", "2026-11-24", "summary", "Plan"))
                .then().statusCode(422).body("violations.rule", contains("TRF-15"));
        String reportId = post(host, "/" + id + "/caretaking/reports", Map.of("kind", "stage-update", "occurredOn", "2026-11-24",
                "stage", "plan", "summary", "Intervention plan reviewed")).then().statusCode(201).extract().path("id");
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "rejected")).then().statusCode(400)
                .contentType(PROBLEM);
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "maybe", "reasons", List.of("?")))
                .then().statusCode(422).body("violations.rule", contains("TRF-15"));
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "rejected", "reasons",
                List.of("The plan leaves out the victim awareness sessions"))).then().statusCode(200)
                .body("answerReasons", contains("The plan leaves out the victim awareness sessions"));
        post(home, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "accepted", "reasons", List.of("ok")))
                .then().statusCode(422).body("violations.rule", contains("TRF-15"));
    }

    @Test
    @DisplayName("TRF-2: 3 months' residence and likely to remain flags a presumption of full transfer to both authorities; "
            + "caretaking past 3 months needs the home's reason; ended as converted to a full transfer (caretaking.ended)")
    void presumptionOfFullTransfer() {
        String id = inForce();
        String home = manager("wokingham");
        String host = manager("nottinghamshire");
        put(caseWorker("nottinghamshire"), "/" + id + "/caretaking/residence", Map.of("residentInHostSince", "2026-11-24",
                "likelyToRemain", true)).then().statusCode(200).body("presumption.presumedFrom", equalTo("2027-02-24"))
                .body("presumption.presumptionOfFullTransfer", equalTo(false));

        TestClock.today("2027-02-24");
        given().auth().oauth2(home).get(ROOT + "/" + id + "/caretaking").then()
                .body("presumption.presumptionOfFullTransfer", equalTo(true))
                .body("presumption.continuationReasonMissing", equalTo(false));
        given().auth().oauth2(host).get(ROOT + "/tasks").then()
                .body("findAll { it.transferId == '" + id + "' }.task", hasItem("presumption-of-full-transfer"));

        TestClock.today("2027-02-25");
        given().auth().oauth2(home).get(ROOT + "/tasks").then()
                .body("findAll { it.transferId == '" + id + "' }.task", hasItems("presumption-of-full-transfer",
                        "record-continuation-reason"));
        put(host, "/" + id + "/caretaking/continuation", Map.of("reason", "x")).then().statusCode(422)
                .body("violations.rule", contains("TRF-2"));
        put(home, "/" + id + "/caretaking/continuation", Map.of("reason", "Full transfer requested; caretaking until it completes"))
                .then().statusCode(200).body("presumption.continuationReasonMissing", equalTo(false));

        post(host, "/" + id + "/caretaking/end", Map.of("endDate", "2027-02-25", "outcome", "converted-to-full-transfer",
                "reason", "Settled")).then().statusCode(422).body("violations.rule", contains("TRF-14"));
        post(home, "/" + id + "/caretaking/end", Map.of("endDate", "2027-02-25", "outcome", "converted-to-full-transfer",
                "reason", "Settled with his aunt for the rest of the order")).then().statusCode(200).body("status", equalTo("ended"))
                .body("ended.outcome", equalTo("converted-to-full-transfer"));
        given().auth().oauth2(home).get(ROOT + "/" + id).then().body("status", equalTo("ended")).body("endedOn", equalTo("2027-02-25"));
        EventEnvelope ended = event(id, "caretaking.ended");
        assertThat(ended.authority()).isEqualTo("wokingham");
        assertThat(ended.data().get("outcome").asText()).isEqualTo("converted-to-full-transfer");
    }

    @Test
    @DisplayName("X-1, TRF-13: a third authority gets 404 for every caretaking URL and sees no agreement in its lists")
    void thirdAuthority() {
        String id = inForce();
        String third = manager("reading");
        String reportId = post(caseWorker("nottinghamshire"), "/" + id + "/caretaking/reports", Map.of("kind", "non-compliance",
                "occurredOn", "2026-11-24", "summary", "Missed")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(third).get(ROOT + "/" + id + "/caretaking").then().statusCode(404).contentType(PROBLEM);
        put(third, "/" + id + "/caretaking", agreement("2027-02-20")).then().statusCode(404);
        post(third, "/" + id + "/caretaking/signatures", Map.of()).then().statusCode(404);
        put(third, "/" + id + "/caretaking/residence", Map.of("residentInHostSince", "2026-11-24", "likelyToRemain", true))
                .then().statusCode(404);
        put(third, "/" + id + "/caretaking/continuation", Map.of("reason", "x")).then().statusCode(404);
        post(third, "/" + id + "/caretaking/end", Map.of("endDate", "2026-11-24", "outcome", "returned-home", "reason", "x"))
                .then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/caretaking/reports").then().statusCode(404);
        post(third, "/" + id + "/caretaking/reports", Map.of("kind", "contact", "occurredOn", "2026-11-24", "summary", "x"))
                .then().statusCode(404);
        post(third, "/" + id + "/caretaking/reports/" + reportId + "/answer", Map.of("answer", "x", "reasons", List.of("x")))
                .then().statusCode(404);
        post(third, "/" + id + "/caretaking/reports/" + reportId + "/acted-on", Map.of("note", "x")).then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/caretaking").then().statusCode(200).body("transferId", not(hasItem(id)));
        given().auth().oauth2(third).get(ROOT + "/tasks").then().statusCode(200).body("transferId", not(hasItem(id)));
    }

    private EventEnvelope event(String transferId, String type) {
        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.TRANSFERS, all -> all.stream()
                .anyMatch(r -> matches(r, transferId, type)), Duration.ofSeconds(30));
        return records.stream().filter(r -> matches(r, transferId, type)).map(r -> EventJson.read(r.value())).findFirst().orElseThrow();
    }

    private static boolean matches(ConsumerRecord<String, String> record, String transferId, String type) {
        EventEnvelope event = EventJson.read(record.value());
        return event.type().equals(type) && transferId.equals(event.data().path("transferId").asText());
    }
}
