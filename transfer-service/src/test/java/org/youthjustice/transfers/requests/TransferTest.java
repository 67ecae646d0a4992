package org.youthjustice.transfers.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.holder;
import static org.youthjustice.transfers.TransferRequests.manager;
import static org.youthjustice.transfers.TransferRequests.openedCase;
import static org.youthjustice.transfers.TransferRequests.outboxEventsAbout;
import static org.youthjustice.transfers.TransferRequests.post;
import static org.youthjustice.transfers.TransferRequests.request;
import static org.youthjustice.transfers.TransferRequests.requested;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.transfers.TransferServiceInfrastructure;

@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class TransferTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("TRF-6: requested, stayed with reasons, re-submitted as version 2, accepted; events to Kafka, history kept")
    void requestReviewResubmitAccept() {
        TestClock.today("2026-11-24");
        String home = caseWorker("wokingham");
        String reviewer = manager("nottinghamshire");
        String id = post(home, "", request("wokingham", "nottinghamshire", "caretaking", summary())).then().statusCode(201)
                .body("status", equalTo("awaiting-review")).body("homeAuthority", equalTo("wokingham"))
                .body("requestTimeLimit.rule", equalTo("TRF-4")).body("requestTimeLimit.dueDate", equalTo("2026-11-25"))
                .body("requestTimeLimit.status", equalTo("met"))
                .body("reviewTimeLimit.rule", equalTo("TRF-7")).body("reviewTimeLimit.status", equalTo("waiting-for-documents"))
                .body("summary.victimRisk.flags", contains("known-victim"))
                .extract().path("id");
        org.youthjustice.transfers.TransferRequests.attachDocuments(home, id);
        given().auth().oauth2(home).get(ROOT + "/" + id).then().statusCode(200)
                .body("reviewTimeLimit.dueDate", equalTo("2026-11-26")).body("reviewTimeLimit.status", equalTo("due"));

        given().auth().oauth2(reviewer).get(ROOT + "/tasks").then().statusCode(200).body("transferId", hasItem(id));
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "stayed")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.rule", contains("TRF-6"));
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "stayed", "reasons", List.of("The pre-sentence report is missing")))
                .then().statusCode(201).body("decision", equalTo("stayed")).body("version", equalTo(1));
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("ok"))).then().statusCode(409)
                .body("violations.rule", contains("TRF-6"));
        given().auth().oauth2(home).get(ROOT + "/" + id).then().statusCode(200).body("status", equalTo("stayed"))
                .body("lastDecision.reasons", contains("The pre-sentence report is missing"))
                .body("reviewTimeLimit.status", equalTo("met"));
        // the receiving side does not re-submit; the home side does, with what was missing
        Map<String, Object> resubmission = Map.of("summary", summary(), "checklist", org.youthjustice.transfers.TransferRequests.checklist(),
                "whatChanged", "Pre-sentence report attached");
        post(reviewer, "/" + id + "/versions", resubmission).then().statusCode(403);
        post(home, "/" + id + "/versions", resubmission).then().statusCode(201).body("version", equalTo(2))
                .body("status", equalTo("awaiting-review"));
        post(home, "/" + id + "/versions", resubmission).then().statusCode(409);
        // the re-submission comes back to its reviewer
        given().auth().oauth2(reviewer).queryParam("scope", "mine").get(ROOT + "/tasks").then().statusCode(200)
                .body("transferId", contains(id));
        given().auth().oauth2(manager("nottinghamshire")).queryParam("scope", "mine").get(ROOT + "/tasks").then().statusCode(200)
                .body("transferId", not(hasItem(id)));
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("Complete"))).then().statusCode(201);
        given().auth().oauth2(home).get(ROOT + "/" + id + "/versions").then().statusCode(200).body("number", contains(1, 2))
                .body("[1].whatChanged", equalTo("Pre-sentence report attached"));
        given().auth().oauth2(home).get(ROOT + "/" + id + "/reviews").then().statusCode(200)
                .body("decision", contains("stayed", "accepted"));
        given().auth().oauth2(reviewer).get(ROOT + "/tasks").then().body("transferId", not(hasItem(id)));

        // the transfer's own events (its time limits, transfer-time-limit.changed, are TimeLimitEventsTest's)
        java.util.function.Predicate<EventEnvelope> ofTransfer = e -> e.type().startsWith("transfer.")
                && e.data().toString().contains(id);
        List<EventEnvelope> events = kafka.readUntil(Topics.TRANSFERS, records -> records.stream()
                        .map(r -> EventJson.read(r.value())).filter(ofTransfer).count() >= 4, Duration.ofSeconds(30)).stream()
                .map(r -> EventJson.read(r.value())).filter(ofTransfer).toList();
        assertThat(events).extracting(EventEnvelope::type)
                .containsExactly("transfer.requested", "transfer.reviewed", "transfer.requested", "transfer.reviewed");
        assertThat(events.get(0).authority()).isEqualTo("nottinghamshire");
        assertThat(events.get(1).authority()).isEqualTo("wokingham");
        assertThat(events.get(3).dataAs(TransferReviewed.class).decision()).isEqualTo(TransferDecision.ACCEPTED);
        assertThat(events.get(1).dataAs(TransferReviewed.class).reasons()).containsExactly("The pre-sentence report is missing");
    }

    @Test
    @DisplayName("X-1: one case's transfers (the case page's list): the home sees it outgoing, the receiving authority incoming, "
            + "a third authority none, and another case's transfers are left out")
    void transfersOfOneCase() {
        UUID caseId = openedCase("wokingham");
        String id = post(caseWorker("wokingham"), "", request(caseId, "nottinghamshire", "caretaking", summary())).then()
                .statusCode(201).extract().path("id");
        requested(summary());

        given().auth().oauth2(caseWorker("wokingham")).queryParam("caseId", caseId.toString()).get(ROOT).then().statusCode(200)
                .header("X-Total-Count", "1").body("outgoing.id", contains(id)).body("incoming", hasSize(0));
        given().auth().oauth2(caseWorker("nottinghamshire")).queryParam("caseId", caseId.toString()).get(ROOT).then().statusCode(200)
                .body("outgoing", hasSize(0)).body("incoming.id", contains(id));
        given().auth().oauth2(caseWorker("bracknell-forest")).queryParam("caseId", caseId.toString()).get(ROOT).then().statusCode(200)
                .header("X-Total-Count", "0").body("outgoing", hasSize(0)).body("incoming", hasSize(0));
        given().auth().oauth2(caseWorker("wokingham")).queryParam("caseId", "not-a-case").get(ROOT).then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", contains("caseId"));
    }

    @Test
    @DisplayName("TRF-3, TRF-10, TRF-11, TRF-17: every broken rule refused together (422), nothing stored; TRF-1 the home itself")
    void refusals() {
        String home = caseWorker("wokingham");
        Map<String, Object> summary = summary();
        summary.put("lookedAfter", true);
        summary.put("mappa", Map.of("category", 2, "level", 2, "homeMeetingEndorsed", "no", "receivingCoordinatorAlerted", "yes"));
        summary.put("parentingOrders", List.of(Map.of("parent", "father", "movesWithChildsOrder", false)));
        post(home, "", request("wokingham", "cornwall", "full", summary)).then().statusCode(422).contentType(PROBLEM)
                .body("violations.rule", containsInAnyOrder("TRF-17", "TRF-3", "TRF-10", "TRF-11"));
        post(home, "", request("wokingham", "wokingham", "caretaking", summary())).then().statusCode(422)
                .body("violations.rule", contains("TRF-1"));
        // a looked-after child may be care-taken
        Map<String, Object> lac = summary();
        lac.put("lookedAfter", true);
        post(home, "", request("wokingham", "nottinghamshire", "caretaking", lac)).then().statusCode(201);
        // nothing was stored by the refused ones
        given().auth().oauth2(manager("cornwall")).get(ROOT).then().statusCode(200).body("incoming", hasSize(0));
    }

    @Test
    @DisplayName("Bad input is 400 with every field violation; a case worker does not review (403)")
    void badInput() {
        String home = caseWorker("wokingham");
        post(home, "", Map.of("kind", "full")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("caseId", "receivingAuthority", "decidedOn", "summary", "checklist"));
        Map<String, Object> future = request("wokingham", "nottinghamshire", "full", summary());
        future.put("decidedOn", TestClock.today().plusDays(1).toString());
        post(home, "", future).then().statusCode(400).body("violations.field", contains("decidedOn"));
        Map<String, Object> victimDetails = summary();
        victimDetails.put("victimRisk", Map.of("riskToSpecificVictims", true, "flags", List.of("Mrs Smith, 4 High St")));
        post(home, "", request("wokingham", "nottinghamshire", "full", victimDetails)).then().statusCode(400)
                .body("violations.field", contains("summary.victimRisk.flags[0].<list element>"));
        post(home, "", "{not json").then().statusCode(400).contentType(PROBLEM);
        String id = requested(summary());
        post(caseWorker("nottinghamshire"), "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("ok")))
                .then().statusCode(403);
    }

    @Test
    @DisplayName("TRF-16: a child with high RoSH is accepted only after the face-to-face meeting is recorded")
    void faceToFaceMeeting() {
        Map<String, Object> summary = summary();
        summary.put("rosh", "high");
        String id = requested(summary);
        String reviewer = manager("nottinghamshire");
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("ok"))).then().statusCode(422)
                .body("violations.rule", contains("TRF-16"));
        post(reviewer, "/" + id + "/meeting", Map.of("heldOn", TestClock.today().plusDays(1).toString(), "attendees", List.of("A")))
                .then().statusCode(400);
        post(caseWorker("wokingham"), "/" + id + "/meeting", Map.of("heldOn", TestClock.today().toString(),
                "attendees", List.of("Chris Green (Wokingham)", "Sam Patel (Nottinghamshire)"))).then().statusCode(201);
        given().auth().oauth2(reviewer).get(ROOT + "/" + id + "/meeting").then().statusCode(200).body("attendees[0]", hasSize(2));
        post(reviewer, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("Met face to face"))).then().statusCode(201);
        // bracknell-forest has switched TRF-16 off
        String toBracknell = post(caseWorker("wokingham"), "", request("wokingham", "bracknell-forest", "full", summary)).then()
                .statusCode(201).extract().path("id");
        post(manager("bracknell-forest"), "/" + toBracknell + "/reviews", Map.of("decision", "accepted", "reasons", List.of("ok")))
                .then().statusCode(201);
    }

    @Test
    @DisplayName("TRF-7: the receiving authority's 2 working days run from the last requested document: the last one "
            + "arriving on Thursday 24 December 2026, the answer is due on Wednesday 30 December (Christmas, the weekend "
            + "and the Boxing Day substitute holiday skipped)")
    void reviewDueFromTheLastDocument() {
        String home = caseWorker("wokingham");
        TestClock.set(java.time.LocalDate.parse("2026-12-22"), java.time.LocalTime.of(10, 0));
        String id = post(home, "", request("wokingham", "nottinghamshire", "full", summary())).then().statusCode(201)
                .body("reviewTimeLimit.status", equalTo("waiting-for-documents")).extract().path("id");
        TestClock.set(java.time.LocalDate.parse("2026-12-23"), java.time.LocalTime.of(15, 0));
        given().auth().oauth2(home).contentType("application/pdf").body(org.youthjustice.transfers.TransferRequests.PDF)
                .post(ROOT + "/" + id + "/documents/transfer-summary").then().statusCode(201);
        given().auth().oauth2(home).get(ROOT + "/" + id).then().body("reviewTimeLimit.status", equalTo("waiting-for-documents"))
                .body("reviewTimeLimit.dueDate", equalTo(null));
        TestClock.set(java.time.LocalDate.parse("2026-12-24"), java.time.LocalTime.of(9, 30));
        given().auth().oauth2(home).contentType("application/pdf").body(org.youthjustice.transfers.TransferRequests.PDF)
                .post(ROOT + "/" + id + "/documents/pre-sentence-report").then().statusCode(201);
        given().auth().oauth2(home).get(ROOT + "/" + id).then().body("reviewTimeLimit.dueDate", equalTo("2026-12-30"))
                .body("reviewTimeLimit.status", equalTo("due"));
        TestClock.set(java.time.LocalDate.parse("2026-12-31"), java.time.LocalTime.of(9, 0));
        given().auth().oauth2(home).get(ROOT + "/" + id).then().body("reviewTimeLimit.status", equalTo("overdue"));
    }

    @Test
    @DisplayName("TRF-7: the authority's tasks list overdue requests first")
    void tasksOverdueFirst() {
        String reviewer = manager("west-berkshire");
        TestClock.today("2026-11-23");
        String wokingham = caseWorker("wokingham");
        String older = post(wokingham, "", request("wokingham", "west-berkshire", "caretaking", summary())).then().statusCode(201)
                .extract().path("id");
        org.youthjustice.transfers.TransferRequests.attachDocuments(wokingham, older);
        TestClock.today("2026-11-26");
        String reading = caseWorker("reading");
        String newer = post(reading, "", request("reading", "west-berkshire", "full", summary())).then().statusCode(201)
                .extract().path("id");
        org.youthjustice.transfers.TransferRequests.attachDocuments(reading, newer);
        given().auth().oauth2(reviewer).get(ROOT + "/tasks").then().statusCode(200).body("transferId", contains(older, newer))
                .body("status", contains("overdue", "due"));
        given().auth().oauth2(reviewer).queryParam("scope", "everyone").get(ROOT + "/tasks").then().statusCode(400);
    }

    @Test
    @DisplayName("TRF-6: two reviewers deciding at once: one decision stands (201), the other is told 409")
    void concurrentDecisions() {
        String id = requested(summary());
        CompletableFuture<Integer> accept = CompletableFuture.supplyAsync(() -> post(manager("nottinghamshire"), "/" + id + "/reviews",
                Map.of("decision", "accepted", "reasons", List.of("ok"))).statusCode());
        CompletableFuture<Integer> reject = CompletableFuture.supplyAsync(() -> post(manager("nottinghamshire"), "/" + id + "/reviews",
                Map.of("decision", "rejected", "reasons", List.of("no"))).statusCode());
        assertThat(List.of(accept.join(), reject.join())).containsExactlyInAnyOrder(201, 409);
        given().auth().oauth2(manager("nottinghamshire")).get(ROOT + "/" + id + "/reviews").then().body("$", hasSize(1));
    }

    @Test
    @DisplayName("X-1, TRF-13: a third authority gets 404 for every transfer URL")
    void isolation() {
        String id = requested(summary());
        String third = manager("bracknell-forest");
        given().auth().oauth2(third).get(ROOT + "/" + id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/versions").then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/reviews").then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/meeting").then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/documents").then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/" + id + "/documents/" + java.util.UUID.randomUUID()).then().statusCode(404);
        post(third, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("ok"))).then().statusCode(404);
        post(third, "/" + id + "/meeting", Map.of("heldOn", TestClock.today().toString(), "attendees", List.of("x"))).then().statusCode(404);
        post(third, "/" + id + "/versions", Map.of("summary", summary(), "checklist",
                org.youthjustice.transfers.TransferRequests.checklist(), "whatChanged", "x")).then().statusCode(404);
        given().auth().oauth2(third).contentType("application/pdf").body(new byte[] { '%', 'P', 'D', 'F', '-' })
                .post(ROOT + "/" + id + "/documents/pre-sentence-report").then().statusCode(404);
        given().auth().oauth2(third).get(ROOT + "/tasks").then().statusCode(200).body("transferId", not(hasItem(id)));
        given().auth().oauth2(third).get(ROOT).then().statusCode(200).body("outgoing.id", not(hasItem(id)))
                .body("incoming.id", not(hasItem(id)));
        // both parties read it
        given().auth().oauth2(caseWorker("wokingham")).get(ROOT + "/" + id).then().statusCode(200);
        given().auth().oauth2(manager("nottinghamshire")).get(ROOT + "/" + id).then().statusCode(200);
        given().get(ROOT + "/" + id).then().statusCode(401);
    }

    @Test
    @DisplayName("X-1: a transfer of another authority's case is 404 (application/problem+json, \"case <id>\"), the same as for an "
            + "unknown case: nothing stored, no transfer.requested in the outbox, nothing in the other authority's list; the "
            + "authority holding the case requests it as before (201)")
    void onlyTheAuthorityHoldingTheCaseRequestsItsTransfer() {
        UUID wokinghamCase = openedCase("wokingham");
        UUID unknownCase = UUID.randomUUID();
        String intruder = caseWorker("nottinghamshire");

        var foreign = post(intruder, "", request(wokinghamCase, "wokingham", "full", summary())).then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("case " + wokinghamCase + " was not found")).extract().jsonPath();
        var unknown = post(intruder, "", request(unknownCase, "wokingham", "full", summary())).then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("case " + unknownCase + " was not found")).extract().jsonPath();
        // existence does not leak: the two answers differ only by the id the caller sent
        for (String field : List.of("type", "title", "status")) {
            assertThat(foreign.getString(field)).as(field).isEqualTo(unknown.getString(field));
        }
        // to any receiving authority, whatever the kind: the rules are not even looked at
        post(intruder, "", request(wokinghamCase, "reading", "caretaking", summary())).then().statusCode(404).contentType(PROBLEM);
        Map<String, Object> broken = summary();
        broken.put("lookedAfter", true);
        post(manager("nottinghamshire"), "", request(wokinghamCase, "cornwall", "full", broken)).then().statusCode(404);

        // nothing stored or announced
        assertThat(outboxEventsAbout(wokinghamCase)).isZero();
        assertThat(outboxEventsAbout(unknownCase)).isZero();
        given().auth().oauth2(manager("wokingham")).get(ROOT).then().statusCode(200)
                .body("incoming.caseId", not(hasItem(wokinghamCase.toString())))
                .body("outgoing.caseId", not(hasItem(wokinghamCase.toString())));
        given().auth().oauth2(manager("nottinghamshire")).get(ROOT).then().statusCode(200)
                .body("outgoing.caseId", not(hasItem(wokinghamCase.toString())))
                .body("outgoing.caseId", not(hasItem(unknownCase.toString())));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/tasks").then().statusCode(200)
                .body("caseId", not(hasItem(wokinghamCase.toString())));

        // the authority holding it requests its transfer, announced as before
        post(caseWorker("wokingham"), "", request(wokinghamCase, "nottinghamshire", "full", summary())).then().statusCode(201)
                .body("caseId", equalTo(wokinghamCase.toString())).body("homeAuthority", equalTo("wokingham"));
        assertThat(outboxEventsAbout(wokinghamCase, "transfer.requested")).isEqualTo(1);
    }

    @Test
    @DisplayName("X-1: a case is known here once order-service has announced it: 404 before its case.opened arrives, 201 after")
    void knownOnceOrderServiceAnnouncedIt() {
        UUID caseId = UUID.randomUUID();
        String home = caseWorker("reading");
        post(home, "", request(caseId, "windsor-and-maidenhead", "caretaking", summary())).then().statusCode(404).contentType(PROBLEM);
        org.youthjustice.transfers.TransferRequests.publishCaseOpened(caseId, "reading");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> holder(caseId).isPresent());
        post(home, "", request(caseId, "windsor-and-maidenhead", "caretaking", summary())).then().statusCode(201);
    }

    @Test
    @DisplayName("X-1: a case.opened naming a case another authority holds here changes nothing: refused to the dead-letter "
            + "topic with its reason, and the case stays its holder's")
    void caseOpenedNeverMovesACase() {
        UUID caseId = openedCase("wokingham");
        EventEnvelope forged = EventEnvelope.wrap(new CaseOpened(caseId, "YJ-FORGED", "male", false, "west"), "order-service",
                TestClock.now(), "nottinghamshire", caseId);
        kafka.publish(Topics.ORDERS, caseId.toString(), EventJson.write(forged));
        var dead = kafka.readUntil("yj.orders.v1.transfer-service.dlq", records -> records.stream()
                .anyMatch(r -> r.value().contains(forged.id().toString())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> r.value().contains(forged.id().toString()));
        assertThat(holder(caseId)).contains("wokingham");
        post(caseWorker("nottinghamshire"), "", request(caseId, "wokingham", "full", summary())).then().statusCode(404);
        assertThat(outboxEventsAbout(caseId)).isZero();
    }
}
