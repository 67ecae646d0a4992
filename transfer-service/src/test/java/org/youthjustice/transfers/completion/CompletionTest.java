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
import static org.youthjustice.transfers.TransferRequests.manager;

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
                org.youthjustice.transfers.TransferRequests.request("reading", "full",
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
