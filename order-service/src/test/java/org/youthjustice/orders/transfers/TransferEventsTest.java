package org.youthjustice.orders.transfers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.youthjustice.orders.CaseFixtures.allocate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.transfers.CaretakingEnded;
import org.youthjustice.events.transfers.CaretakingStarted;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class TransferEventsTest {
    /** order-service's dead-letter topic for yj.transfers.v1 (application.properties). */
    private static final String DEAD_LETTERS = "yj.transfers.v1.order-service.dlq";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static int status(String authority, UUID caseId) {
        return given().auth().oauth2(TestTokens.token(authority, "team-manager")).get("/api/orders/cases/" + caseId).statusCode();
    }

    private static String caseStatus(String authority, UUID caseId) {
        return status(authority, caseId) == 200 ? CaseFixtures.view(authority, caseId).getString("status") : null;
    }

    private void publish(UUID caseId, EventData data, String authority) {
        EventEnvelope event = EventEnvelope.wrap(data, "transfer-service", TestClock.now(), authority, caseId);
        kafka.publish(Topics.TRANSFERS, caseId.toString(), EventJson.write(event));
    }

    /** transfer-service's review accepting the transfer: addressed to the home authority, as transfer-service sends it. */
    private void accepted(UUID transferId, UUID caseId, TransferKind kind, String home, String receiving) {
        publish(caseId, new TransferReviewed(transferId, TransferDecision.ACCEPTED, List.of("Complete and of good quality"),
                kind, home, receiving), home);
    }

    /** A full transfer accepted and then completed, as transfer-service announces them. */
    private UUID transferred(UUID caseId, String from, String to, String formalTransferDate) {
        UUID transferId = UUID.randomUUID();
        accepted(transferId, caseId, TransferKind.FULL, from, to);
        publish(caseId, new TransferCompleted(transferId, caseId, from, to, LocalDate.parse(formalTransferDate)), to);
        return transferId;
    }

    private static io.restassured.specification.RequestSpecification as(String authority, String role) {
        return given().auth().oauth2(TestTokens.token(authority, role)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> homeVisit(String at) {
        return Map.of("type", "home-visit", "occurredAt", at, "made", true, "present", List.of("child"));
    }

    @Test
    @DisplayName("TRF-1, X-1: transfer.completed, once transfer.reviewed accepted the transfer, moves the case with its full "
            + "history to the receiving authority; the home authority keeps only its closed record; a redelivery changes nothing")
    void aCompletedTransferMovesTheCase() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        allocate(kafka, sentenced, UUID.randomUUID(), Instant.parse("2026-06-02T09:00:00Z"));
        as("wokingham", "team-manager").body(homeVisit("2026-06-10T10:00:00Z"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(201);

        UUID transferId = UUID.randomUUID();
        accepted(transferId, sentenced.caseId(), TransferKind.FULL, "wokingham", "nottinghamshire");
        EventEnvelope completed = EventEnvelope.wrap(new TransferCompleted(transferId, sentenced.caseId(), "wokingham",
                "nottinghamshire", LocalDate.parse("2026-11-20")), "transfer-service", TestClock.now(), "nottinghamshire",
                sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(completed));
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(completed));

        await().atMost(Duration.ofSeconds(30)).until(() -> status("nottinghamshire", sentenced.caseId()) == 200);
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("status", equalTo("open")).body("readOnly", equalTo(false))
                .body("transferredOut", equalTo(null))
                .body("orders", hasSize(1)).body("outcomes", hasSize(1))
                .body("allocation", equalTo(null)).body("allocations", hasSize(1))
                .body("milestones.find { it.step == 'first-home-visit' }.status", equalTo("met"))
                .body("milestones.find { it.step == 'home-visit' }.responsibleWorker", equalTo(null));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/orders/" + sentenced.orderId()).then().statusCode(200);

        // the home authority: its closed record, and none of the records themselves any more
        assertThat(caseStatus("wokingham", sentenced.caseId())).isEqualTo("transferred-out");
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/orders/" + sentenced.orderId())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("limit", "500")
                .get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.caseId", not(hasItem(sentenced.caseId().toString())));

        // moved on again: this transfer follows the redelivered one on the case's partition, so by the time
        // it is applied the redelivery has been handled, and changed nothing
        UUID onward = transferred(sentenced.caseId(), "nottinghamshire", "rutland", "2026-11-23");
        await().atMost(Duration.ofSeconds(30)).until(() -> status("rutland", sentenced.caseId()) == 200);
        given().auth().oauth2(TestTokens.token("rutland", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("orders", hasSize(1)).body("milestones.size()", equalTo(7));
        // each authority the case passed through keeps its own closed record, of its own transfer out
        assertThat(CaseFixtures.view("nottinghamshire", sentenced.caseId()).getString("transferredOut.transferId"))
                .isEqualTo(onward.toString());
        JsonPath home = CaseFixtures.view("wokingham", sentenced.caseId());
        assertThat(home.getString("transferredOut.transferId")).isEqualTo(transferId.toString());
        assertThat(home.getString("transferredOut.receivingAuthority")).isEqualTo("nottinghamshire");

        // delivered again after the case moved on, the first completion still changes nothing
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(EventEnvelope.wrap(
                completed.dataAs(TransferCompleted.class), "transfer-service", TestClock.now(), "nottinghamshire",
                sentenced.caseId())));
        UUID third = transferred(sentenced.caseId(), "rutland", "nottinghamshire", "2026-11-24");
        await().atMost(Duration.ofSeconds(30)).until(() -> "open".equals(caseStatus("nottinghamshire", sentenced.caseId())));
        assertThat(CaseFixtures.view("rutland", sentenced.caseId()).getString("transferredOut.transferId")).isEqualTo(third.toString());
        assertThat(CaseFixtures.view("wokingham", sentenced.caseId()).getString("transferredOut.transferId"))
                .isEqualTo(transferId.toString());
        assertThat(kafka.readUntil(DEAD_LETTERS, records -> false, Duration.ofSeconds(2)))
                .noneMatch(r -> sentenced.caseId().toString().equals(r.key()));
    }

    @Test
    @DisplayName("TRF-1, X-1: the home authority reads its closed record of a case it transferred out, read-only and as it "
            + "held it; what the receiving authority records afterwards is 404 to it, recording on the case 409; a third "
            + "authority sees nothing")
    void theHomeAuthorityKeepsItsClosedRecord() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID caseManager = UUID.randomUUID();
        allocate(kafka, sentenced, caseManager, Instant.parse("2026-06-02T09:00:00Z"));
        as("wokingham", "team-manager").body(homeVisit("2026-06-10T10:00:00Z"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(201);
        JsonPath before = CaseFixtures.view("wokingham", sentenced.caseId());

        UUID transferId = transferred(sentenced.caseId(), "wokingham", "nottinghamshire", "2026-11-20");
        await().atMost(Duration.ofSeconds(30)).until(() -> status("nottinghamshire", sentenced.caseId()) == 200);

        JsonPath closed = CaseFixtures.view("wokingham", sentenced.caseId());
        assertThat(closed.getString("id")).isEqualTo(sentenced.caseId().toString());
        assertThat(closed.getString("status")).isEqualTo("transferred-out");
        assertThat(closed.getBoolean("readOnly")).isTrue();
        assertThat(closed.getMap("transferredOut")).containsEntry("date", "2026-11-20")
                .containsEntry("receivingAuthority", "nottinghamshire").containsEntry("transferId", transferId.toString());
        assertThat(closed.getString("reference")).isEqualTo(before.getString("reference"));
        assertThat(closed.getString("child.givenName")).isEqualTo("Ash");
        assertThat(closed.getString("child.familyName")).isEqualTo(before.getString("child.familyName"));
        assertThat(closed.getString("child.dateOfBirth")).isEqualTo("2011-05-05");
        assertThat(closed.getString("allocation")).isNull();
        // what the home held when the case left: its order with requirements and dates, the outcome, the milestones
        assertThat(closed.getList("orders")).isEqualTo(before.getList("orders"));
        assertThat(closed.getString("orders[0].startDate")).isEqualTo("2026-06-01");
        assertThat(closed.getString("orders[0].requirements[0].type")).isEqualTo("supervision");
        assertThat(closed.getList("outcomes")).isEqualTo(before.getList("outcomes"));
        assertThat(closed.getList("milestones")).hasSize(before.getList("milestones").size());
        assertThat(closed.getString("milestones.find { it.step == 'first-home-visit' }.status")).isEqualTo("met");
        assertThat(closed.getString("milestones.find { it.step == 'home-visit' }.responsibleWorker"))
                .isEqualTo(caseManager.toString());
        // who held it here reads it still; a case worker who did not, does not
        given().auth().oauth2(CaseFixtures.worker("wokingham", caseManager, "case-worker"))
                .get("/api/orders/cases/" + sentenced.caseId()).then().statusCode(200).body("status", equalTo("transferred-out"));
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign()).get("/api/orders/cases/" + sentenced.caseId()).then().statusCode(404);

        // the receiving authority works the case: a contact, and a new order with its milestones
        as("nottinghamshire", "team-manager").body(homeVisit("2026-11-23T10:00:00Z"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(201);
        Map<String, Object> outcome = new HashMap<>(CaseFixtures.sentencedOutcome("2026-11-24", "2011-05-05", true,
                Map.of("type", "referral-order", "startDate", "2026-11-24", "endDate", "2027-05-23", "contractMonths", 6)));
        outcome.put("child", Map.of("givenName", "Ash", "familyName", closed.getString("child.familyName"),
                "dateOfBirth", "2011-05-05", "genderIdentity", "male", "lookedAfter", false));
        String outcomeCase = as("nottinghamshire", "court-officer").body(outcome).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");
        assertThat(outcomeCase).isEqualTo(sentenced.caseId().toString());
        JsonPath receiving = CaseFixtures.view("nottinghamshire", sentenced.caseId());
        assertThat(receiving.getList("orders")).hasSize(2);
        String newOrder = receiving.getString("orders.find { it.type == 'referral-order' }.id");
        List<String> newMilestones = receiving.<Map<String, Object>>getList("milestones").stream()
                .filter(m -> newOrder.equals(m.get("orderId"))).map(m -> (String) m.get("id")).toList();
        assertThat(newMilestones).isNotEmpty();

        // none of it reaches the home authority's record
        JsonPath after = CaseFixtures.view("wokingham", sentenced.caseId());
        assertThat(after.getList("orders")).isEqualTo(closed.getList("orders"));
        assertThat(after.getList("outcomes")).isEqualTo(closed.getList("outcomes"));
        assertThat(after.getList("milestones")).isEqualTo(closed.getList("milestones"));
        as("wokingham", "team-manager").get("/api/orders/orders/" + newOrder).then().statusCode(404);
        as("wokingham", "team-manager").get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(404);
        as("wokingham", "team-manager").queryParam("scope", "authority").queryParam("limit", "500")
                .get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.id", not(hasItem(newMilestones.get(0))));
        as("wokingham", "team-manager").body(Map.of("reason", "not for the home"))
                .post("/api/orders/milestones/" + newMilestones.get(0) + "/not-applicable").then().statusCode(404);

        // recording on the case: 409, saying where and when it went
        as("wokingham", "team-manager").body(homeVisit("2026-11-24T09:00:00Z"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("the case was transferred out to nottinghamshire on 2026-11-20"))
                .body("violations[0].rule", equalTo("TRF-1"));
        as("wokingham", "team-manager").body(Map.of("stage", "review", "completedOn", "2026-11-24", "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard", "significantChange", false))
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(409);

        // the case search lists it as transferred out
        as("wokingham", "team-manager").queryParam("name", closed.getString("child.familyName")).get("/api/orders/cases")
                .then().statusCode(200).body("id", contains(sentenced.caseId().toString()))
                .body("[0].status", equalTo("transferred-out"));
        as("wokingham", "team-manager").queryParam("name", closed.getString("child.familyName"))
                .queryParam("status", "transferred-out").queryParam("team", CaseFixtures.TEAM).get("/api/orders/cases")
                .then().statusCode(200).body("id", contains(sentenced.caseId().toString()));
        given().auth().oauth2(CaseFixtures.worker("wokingham", caseManager, "case-worker"))
                .queryParam("name", closed.getString("child.familyName")).get("/api/orders/cases")
                .then().statusCode(200).body("id", contains(sentenced.caseId().toString()));
        as("wokingham", "team-manager").queryParam("name", closed.getString("child.familyName")).queryParam("status", "open")
                .get("/api/orders/cases").then().statusCode(200).body("$", hasSize(0));
        as("nottinghamshire", "team-manager").queryParam("name", closed.getString("child.familyName")).get("/api/orders/cases")
                .then().statusCode(200).body("id", contains(sentenced.caseId().toString())).body("[0].status", equalTo("open"));

        // a third authority: nothing, whether reading or recording
        assertThat(status("rutland", sentenced.caseId())).isEqualTo(404);
        as("rutland", "team-manager").body(homeVisit("2026-11-24T09:00:00Z"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(404);
        as("rutland", "team-manager").queryParam("name", closed.getString("child.familyName")).get("/api/orders/cases")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @DisplayName("X-1: a transfer.completed or caretaking.started with no accepted transfer behind it, as it was accepted, "
            + "is refused to the dead-letter topic with its reason and changes nothing")
    void aTransferNeverAcceptedIsRefused() {
        SentencedCase neverReviewed = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        publish(neverReviewed.caseId(), new TransferCompleted(UUID.randomUUID(), neverReviewed.caseId(), "wokingham",
                "nottinghamshire", LocalDate.parse("2026-11-20")), "nottinghamshire");

        // accepted to rutland, completed as if to nottinghamshire
        SentencedCase elsewhere = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID transferId = UUID.randomUUID();
        accepted(transferId, elsewhere.caseId(), TransferKind.FULL, "wokingham", "rutland");
        publish(elsewhere.caseId(), new TransferCompleted(transferId, elsewhere.caseId(), "wokingham", "nottinghamshire",
                LocalDate.parse("2026-11-20")), "nottinghamshire");

        SentencedCase stayed = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID caretakingId = UUID.randomUUID();
        publish(stayed.caseId(), new TransferReviewed(caretakingId, TransferDecision.STAYED, List.of("AssetPlus out of date"),
                TransferKind.CARETAKING, "wokingham", "rutland"), "wokingham");
        publish(stayed.caseId(), new CaretakingStarted(caretakingId, "rutland", LocalDate.parse("2026-11-02"),
                LocalDate.parse("2027-02-02"), List.of("supervision sessions")), "wokingham");

        List<String> keys = List.of(neverReviewed.caseId().toString(), elsewhere.caseId().toString(), stayed.caseId().toString());
        List<ConsumerRecord<String, String>> dead = kafka.readUntil(DEAD_LETTERS,
                records -> keys.stream().allMatch(key -> records.stream().anyMatch(r -> key.equals(r.key()))),
                Duration.ofSeconds(60));
        assertThat(reason(dead, neverReviewed.caseId())).contains("was never accepted");
        assertThat(reason(dead, elsewhere.caseId())).contains("from wokingham to rutland").contains("refused");
        assertThat(reason(dead, stayed.caseId())).contains("was never accepted");

        for (SentencedCase sentenced : List.of(neverReviewed, elsewhere)) {
            given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                    .then().statusCode(200).body("status", equalTo("open")).body("readOnly", equalTo(false))
                    .body("transferredOut", equalTo(null)).body("orders", hasSize(1));
            assertThat(status("nottinghamshire", sentenced.caseId())).isEqualTo(404);
        }
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + stayed.caseId())
                .then().statusCode(200).body("caretaking", hasSize(0));
    }

    private static String reason(List<ConsumerRecord<String, String>> dead, UUID caseId) {
        ConsumerRecord<String, String> record = dead.stream().filter(r -> caseId.toString().equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered for case " + caseId));
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("TRF-8: caretaking.started shows the host authority on the home authority's case; delivered twice it is one; "
            + "caretaking.ended closes it, saying the child returned home")
    void caretakingShowsOnTheCase() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID transferId = UUID.randomUUID();
        accepted(transferId, sentenced.caseId(), TransferKind.CARETAKING, "wokingham", "rutland");
        EventEnvelope started = EventEnvelope.wrap(new CaretakingStarted(transferId, "rutland",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2027-02-02"), List.of("supervision sessions", "home visits")),
                "transfer-service", TestClock.now(), "wokingham", sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(started));
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(started));
        EventEnvelope ended = EventEnvelope.wrap(new CaretakingEnded(transferId, "rutland",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2027-02-02"), List.of("supervision sessions", "home visits"),
                LocalDate.parse("2026-11-20"), CaretakingEnded.Outcome.RETURNED_HOME), "transfer-service", TestClock.now(),
                "wokingham", sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(ended));

        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-11-20".equals(
                CaseFixtures.view("wokingham", sentenced.caseId()).getString("caretaking[0].endDate")));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("caretaking", hasSize(1))
                .body("caretaking[0].hostAuthority", equalTo("rutland"))
                .body("caretaking[0].reviewDate", equalTo("2027-02-02"))
                .body("caretaking[0].responsibilities", contains("supervision sessions", "home visits"))
                .body("caretaking[0].outcome", equalTo("returned-home"));
        // the host caretakes; the case stays the home authority's
        given().auth().oauth2(TestTokens.token("rutland", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(404);
    }

    @Test
    @DisplayName("TRF-2, TRF-8: caretaking that became a full transfer says so on the case's caretaking; the full transfer "
            + "then completes as its own, and both authorities' records show why caretaking ended")
    void caretakingConvertedToAFullTransfer() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID caretakingId = UUID.randomUUID();
        accepted(caretakingId, sentenced.caseId(), TransferKind.CARETAKING, "wokingham", "rutland");
        publish(sentenced.caseId(), new CaretakingStarted(caretakingId, "rutland", LocalDate.parse("2026-08-03"),
                LocalDate.parse("2026-11-03"), List.of("supervision sessions")), "wokingham");
        publish(sentenced.caseId(), new CaretakingEnded(caretakingId, "rutland", LocalDate.parse("2026-08-03"),
                LocalDate.parse("2026-11-03"), List.of("supervision sessions"), LocalDate.parse("2026-11-19"),
                CaretakingEnded.Outcome.CONVERTED_TO_FULL_TRANSFER), "wokingham");

        await().atMost(Duration.ofSeconds(30)).until(() -> "converted-to-full-transfer".equals(
                CaseFixtures.view("wokingham", sentenced.caseId()).getString("caretaking[0].outcome")));
        assertThat(CaseFixtures.view("wokingham", sentenced.caseId()).getString("caretaking[0].endDate")).isEqualTo("2026-11-19");

        transferred(sentenced.caseId(), "wokingham", "rutland", "2026-11-20");
        await().atMost(Duration.ofSeconds(30)).until(() -> status("rutland", sentenced.caseId()) == 200);
        assertThat(CaseFixtures.view("rutland", sentenced.caseId()).getString("caretaking[0].outcome"))
                .isEqualTo("converted-to-full-transfer");
        JsonPath home = CaseFixtures.view("wokingham", sentenced.caseId());
        assertThat(home.getString("status")).isEqualTo("transferred-out");
        assertThat(home.getString("caretaking[0].outcome")).isEqualTo("converted-to-full-transfer");
        assertThat(home.getString("caretaking[0].hostAuthority")).isEqualTo("rutland");
    }
}
