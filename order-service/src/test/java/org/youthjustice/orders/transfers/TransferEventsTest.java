package org.youthjustice.orders.transfers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.allocate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.transfers.TransferCompleted;
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
    @InjectKafkaBroker
    KafkaBroker kafka;

    private static int status(String authority, UUID caseId) {
        return given().auth().oauth2(TestTokens.token(authority, "team-manager")).get("/api/orders/cases/" + caseId).statusCode();
    }

    @Test
    @DisplayName("TRF-1, X-1: transfer.completed moves the case with its full history to the receiving authority; "
            + "the home authority no longer sees it; a redelivery changes nothing")
    void aCompletedTransferMovesTheCase() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        allocate(kafka, sentenced, UUID.randomUUID(), Instant.parse("2026-06-02T09:00:00Z"));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("type", "home-visit", "occurredAt", "2026-06-10T10:00:00Z", "made", true, "present", java.util.List.of("child")))
                .post("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(201);

        EventEnvelope completed = EventEnvelope.wrap(new TransferCompleted(UUID.randomUUID(), sentenced.caseId(), "wokingham",
                "nottinghamshire", LocalDate.parse("2026-11-20")), "transfer-service", TestClock.now(), "nottinghamshire",
                sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(completed));
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(completed));

        await().atMost(Duration.ofSeconds(30)).until(() -> status("nottinghamshire", sentenced.caseId()) == 200);
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("orders", hasSize(1)).body("outcomes", hasSize(1))
                .body("allocation", equalTo(null)).body("allocations", hasSize(1))
                .body("milestones.find { it.step == 'first-home-visit' }.status", equalTo("met"))
                .body("milestones.find { it.step == 'home-visit' }.responsibleWorker", equalTo(null));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId() + "/contacts").then().statusCode(200).body("$", hasSize(1));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/orders/" + sentenced.orderId()).then().statusCode(200);

        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/orders/" + sentenced.orderId())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority").queryParam("limit", "500")
                .get("/api/orders/milestones").then().statusCode(200)
                .body("milestone.caseId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(sentenced.caseId().toString())));

        // moved on again: this transfer follows the redelivered one on the case's partition, so by the time
        // it is applied the redelivery has been handled, and changed nothing
        EventEnvelope onward = EventEnvelope.wrap(new TransferCompleted(UUID.randomUUID(), sentenced.caseId(), "nottinghamshire",
                "rutland", LocalDate.parse("2026-11-23")), "transfer-service", TestClock.now(), "rutland", sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(onward));
        await().atMost(Duration.ofSeconds(30)).until(() -> status("rutland", sentenced.caseId()) == 200);
        given().auth().oauth2(TestTokens.token("rutland", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("orders", hasSize(1)).body("milestones.size()", equalTo(7));
        org.assertj.core.api.Assertions.assertThat(status("nottinghamshire", sentenced.caseId())).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(status("wokingham", sentenced.caseId())).isEqualTo(404);
    }

    @Test
    @DisplayName("TRF-8: caretaking.started shows the host authority on the home authority's case; delivered twice it is one; "
            + "caretaking.ended closes it")
    void caretakingShowsOnTheCase() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        UUID transferId = UUID.randomUUID();
        EventEnvelope started = EventEnvelope.wrap(new org.youthjustice.events.transfers.CaretakingStarted(transferId, "rutland",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2027-02-02"), java.util.List.of("supervision sessions", "home visits")),
                "transfer-service", TestClock.now(), "wokingham", sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(started));
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(started));
        EventEnvelope ended = EventEnvelope.wrap(new org.youthjustice.events.transfers.CaretakingEnded(transferId, "rutland",
                LocalDate.parse("2026-11-02"), LocalDate.parse("2027-02-02"), java.util.List.of("supervision sessions", "home visits"),
                LocalDate.parse("2026-11-20")), "transfer-service", TestClock.now(), "wokingham", sentenced.caseId());
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(ended));

        await().atMost(Duration.ofSeconds(30)).until(() -> "2026-11-20".equals(
                CaseFixtures.view("wokingham", sentenced.caseId()).getString("caretaking[0].endDate")));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("caretaking", hasSize(1))
                .body("caretaking[0].hostAuthority", equalTo("rutland"))
                .body("caretaking[0].reviewDate", equalTo("2027-02-02"))
                .body("caretaking[0].responsibilities", org.hamcrest.Matchers.contains("supervision sessions", "home visits"));
        // the host caretakes; the case stays the home authority's
        given().auth().oauth2(TestTokens.token("rutland", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(404);
    }
}
