package org.youthjustice.transfers.completion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.accepted;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.holder;
import static org.youthjustice.transfers.TransferRequests.manager;
import static org.youthjustice.transfers.TransferRequests.openedCase;
import static org.youthjustice.transfers.TransferRequests.post;
import static org.youthjustice.transfers.TransferRequests.request;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
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
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.transfers.TransferServiceInfrastructure;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class CompletionTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static Response complete(String token, String id, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(ROOT + "/" + id + "/completion");
    }

    private static List<String> blockers(String token, String id) {
        return given().auth().oauth2(token).get(ROOT + "/" + id + "/completion").then().statusCode(200).extract().path("blockers.rule");
    }

    private void compliance(String authority, UUID caseId, EventData data) {
        EventEnvelope event = EventEnvelope.wrap(data, "compliance-service", TestClock.now(), authority, caseId);
        kafka.publish(Topics.COMPLIANCE, caseId.toString(), EventJson.write(event));
    }

    @Test
    @DisplayName("TRF-12, CMP-10: enforcement in progress blocks completion until it finishes; then the home completes it "
            + "and transfer.completed goes to the receiving authority (TRF-1)")
    void enforcementBlocksCompletion() {
        String id = accepted("full", "wokingham", "reading");
        String home = manager("wokingham");
        UUID caseId = UUID.fromString(given().auth().oauth2(home).get(ROOT + "/" + id).then().extract().path("caseId"));
        UUID order = UUID.randomUUID();
        // enforcement of the same case in another authority is not this transfer's business
        compliance("reading", caseId, new EnforcementStarted(UUID.randomUUID(), "breach"));
        compliance("wokingham", caseId, new EnforcementStarted(order, "breach proceedings initiated"));

        await().atMost(Duration.ofSeconds(30)).until(() -> blockers(home, id).contains("TRF-12"));
        complete(home, id, Map.of()).then().statusCode(422).contentType(PROBLEM).body("violations.rule", contains("TRF-12"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString(order.toString()));
        given().auth().oauth2(home).get(ROOT + "/" + id).then().body("status", equalTo("accepted"));

        compliance("wokingham", caseId, new EnforcementFinished(order, "breach heard"));
        await().atMost(Duration.ofSeconds(30)).until(() -> blockers(home, id).isEmpty());
        complete(manager("reading"), id, Map.of()).then().statusCode(403);
        complete(caseWorker("wokingham"), id, Map.of()).then().statusCode(403);
        complete(home, id, Map.of("formalTransferDate", "2026-11-25")).then().statusCode(400).contentType(PROBLEM);
        complete(home, id, Map.of("formalTransferDate", "2026-11-24")).then().statusCode(200)
                .body("status", equalTo("completed")).body("completedOn", equalTo("2026-11-24"));
        complete(home, id, Map.of()).then().statusCode(409).body("violations.rule", contains("TRF-6"));
        given().auth().oauth2(manager("reading")).get(ROOT + "/" + id + "/completion").then().statusCode(200)
                .body("status", equalTo("completed")).body("blockers", empty());

        EventEnvelope completed = event(id, "transfer.completed");
        assertThat(completed.authority()).isEqualTo("reading");
        assertThat(completed.caseId()).isEqualTo(caseId);
        assertThat(completed.data().get("fromAuthority").asText()).isEqualTo("wokingham");
        assertThat(completed.data().get("toAuthority").asText()).isEqualTo("reading");
        assertThat(completed.data().get("formalTransferDate").asText()).isEqualTo("2026-11-24");
    }

    @Test
    @DisplayName("TRF-1: a caretaking transfer does not complete (409); TRF-6: nor does one not yet accepted")
    void onlyAcceptedFullTransfersComplete() {
        String caretaking = accepted("caretaking", "wokingham", "nottinghamshire");
        complete(manager("wokingham"), caretaking, Map.of()).then().statusCode(409).body("violations.rule", contains("TRF-1"));
        String homeWorker = caseWorker("wokingham");
        String awaiting = org.youthjustice.transfers.TransferRequests.post(homeWorker, "",
                org.youthjustice.transfers.TransferRequests.request("wokingham", "reading", "full",
                        org.youthjustice.transfers.TransferRequests.summary())).then().statusCode(201).extract().path("id");
        complete(manager("wokingham"), awaiting, Map.of()).then().statusCode(409).body("violations.rule", contains("TRF-6"));
    }

    @Test
    @DisplayName("X-1: a third authority gets 404 for a transfer's completion, read or done")
    void thirdAuthority() {
        String id = accepted("full", "wokingham", "reading");
        given().auth().oauth2(manager("nottinghamshire")).get(ROOT + "/" + id + "/completion").then().statusCode(404)
                .contentType(PROBLEM);
        complete(manager("nottinghamshire"), id, Map.of()).then().statusCode(404);
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/" + id).then().body("status", equalTo("accepted"));
    }

    @Test
    @DisplayName("X-1, TRF-1: when a full transfer completes, the case is the receiving authority's here too, in the same "
            + "transaction: it requests the next transfer of the case (201), the home no longer can (404), and another "
            + "transfer of the case the home had accepted no longer completes (409)")
    void completionMovesTheCase() {
        UUID caseId = openedCase("wokingham");
        String homeWorker = caseWorker("wokingham");
        String toReading = accept(post(homeWorker, "", request(caseId, "reading", "full", summary())).then().statusCode(201)
                .extract().path("id"), "reading");
        String toNottinghamshire = accept(post(homeWorker, "", request(caseId, "nottinghamshire", "full", summary())).then()
                .statusCode(201).extract().path("id"), "nottinghamshire");
        // the receiving authority cannot request a transfer of the case before it holds it
        post(caseWorker("reading"), "", request(caseId, "windsor-and-maidenhead", "full", summary())).then().statusCode(404);

        complete(manager("wokingham"), toReading, Map.of()).then().statusCode(200).body("status", equalTo("completed"));
        assertThat(holder(caseId)).contains("reading");

        // the home no longer holds it: no new transfer, no package, and its other accepted transfer is blocked
        post(homeWorker, "", request(caseId, "bracknell-forest", "caretaking", summary())).then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("case " + caseId + " was not found"));
        given().auth().oauth2(homeWorker).contentType(ContentType.JSON).body(Map.of("caseId", caseId.toString(), "kind", "full",
                        "receivingService", "Cornwall YJS", "decidedOn", TestClock.today().toString(), "summary", summary(),
                        "checklist", org.youthjustice.transfers.TransferRequests.checklist()))
                .post(ROOT + "/packages").then().statusCode(404);
        assertThat(blockers(manager("wokingham"), toNottinghamshire)).containsExactly("TRF-1");
        complete(manager("wokingham"), toNottinghamshire, Map.of()).then().statusCode(409).contentType(PROBLEM)
                .body("violations.rule", contains("TRF-1"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/" + toNottinghamshire).then().body("status", equalTo("accepted"));
        assertThat(holder(caseId)).contains("reading");
        // one transfer.completed only, the one that moved the case
        assertThat(org.youthjustice.transfers.TransferRequests.outboxEventsAbout(caseId, "transfer.completed")).isEqualTo(1);
        assertThat(event(toReading, "transfer.completed").authority()).isEqualTo("reading");

        // the receiving authority holds it now: it requests the case's next transfer
        post(caseWorker("reading"), "", request(caseId, "windsor-and-maidenhead", "full", summary())).then().statusCode(201)
                .body("homeAuthority", equalTo("reading")).body("caseId", equalTo(caseId.toString()));
    }

    /** The receiving authority's acceptance of {@code transferId}, its documents attached; its id. */
    private static String accept(String transferId, String receiving) {
        org.youthjustice.transfers.TransferRequests.attachDocuments(caseWorker("wokingham"), transferId);
        post(manager(receiving), "/" + transferId + "/reviews", Map.of("decision", "accepted", "reasons", List.of("Complete")))
                .then().statusCode(201);
        return transferId;
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
