package org.youthjustice.transfers.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.transfers.TransferRequests.PDF;
import static org.youthjustice.transfers.TransferRequests.ROOT;
import static org.youthjustice.transfers.TransferRequests.caseWorker;
import static org.youthjustice.transfers.TransferRequests.checklist;
import static org.youthjustice.transfers.TransferRequests.manager;
import static org.youthjustice.transfers.TransferRequests.openedCase;
import static org.youthjustice.transfers.TransferRequests.post;
import static org.youthjustice.transfers.TransferRequests.request;
import static org.youthjustice.transfers.TransferRequests.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.Topics;
import org.youthjustice.events.transfers.TransferTimeLimit;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.transfers.TransferServiceInfrastructure;

/**
 * transfer-service's time limits as it tells them to the partnership's reporting ({@code transfer-time-limit.changed}):
 * opened and met, on time or late, each naming the authority that holds it. None is closed as not applicable: nothing
 * in transfer-service stops a time limit it has opened other than the work that meets it.
 */
@QuarkusTest
@TestProfile(TransferServiceInfrastructure.class)
class TimeLimitEventsTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** A time limit event as read: the envelope's authority and its data. */
    private record Read(String authority, TransferTimeLimit limit) {
    }

    /** The case's time limit events, in the order published, once at least {@code atLeast} of them are there. */
    private List<Read> timeLimits(UUID caseId, int atLeast) {
        Function<List<ConsumerRecord<String, String>>, List<Read>> ofCase = records -> records.stream()
                .filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> "transfer-time-limit.changed".equals(e.type()))
                .map(e -> {
                    assertThat(e.caseId()).isEqualTo(caseId);
                    return new Read(e.authority(), e.dataAs(TransferTimeLimit.class));
                }).toList();
        List<Read> read = ofCase.apply(kafka.readUntil(Topics.TRANSFERS, records -> ofCase.apply(records).size() >= atLeast,
                Duration.ofSeconds(30)));
        assertThat(read).hasSizeGreaterThanOrEqualTo(atLeast);
        return read;
    }

    private static JsonPath attach(String token, String transferId, String item) {
        return given().auth().oauth2(token).contentType("application/pdf").queryParam("filename", item + ".pdf").body(PDF)
                .post(ROOT + "/" + transferId + "/documents/" + item).then().statusCode(201).extract().jsonPath();
    }

    private static Instant instant(JsonPath json, String path) {
        return Instant.parse(json.getString(path));
    }

    @Test
    @DisplayName("TRF-4, TRF-7: a request opens the home authority's TRF-4 time limit (due in 1 working day of the decision) "
            + "and meets it on time; its last document opens the receiving authority's TRF-7 (due in 2 working days), met "
            + "late by a stay; the re-submission opens the next version's own TRF-7, met on time by the acceptance")
    void requestAndReview() {
        TestClock.today("2026-11-24");
        UUID caseId = openedCase("wokingham");
        String home = caseWorker("wokingham");
        String reviewer = manager("nottinghamshire");
        JsonPath requested = post(home, "", request(caseId, "nottinghamshire", "caretaking", summary())).then().statusCode(201)
                .extract().jsonPath();
        String id = requested.getString("id");

        List<Read> events = timeLimits(caseId, 2);
        Read opened = events.get(0);
        assertThat(opened.authority()).isEqualTo("wokingham");
        assertThat(opened.limit().timeLimitId().toString()).isEqualTo(id);
        assertThat(opened.limit().status()).isEqualTo(Status.OPEN);
        assertThat(opened.limit().rule()).isEqualTo("TRF-4");
        assertThat(opened.limit().step()).isEqualTo("send-request");
        // counted from the dated decision, at midday in the UK (GMT in November)
        assertThat(opened.limit().triggeredAt()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(opened.limit().dueDate()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(opened.limit().dueAt()).isEqualTo(instant(requested, "requestTimeLimit.dueAt"));
        assertThat(opened.limit().team()).isNull();
        assertThat(opened.limit().responsibleWorker()).isNull();
        Read sent = events.get(1);
        assertThat(sent.authority()).isEqualTo("wokingham");
        assertThat(sent.limit().timeLimitId().toString()).isEqualTo(id);
        assertThat(sent.limit().status()).isEqualTo(Status.MET);
        assertThat(sent.limit().completedAt()).isEqualTo(instant(requested, "requestedAt"));
        assertThat(sent.limit().onTime()).isTrue();

        // TRF-7 starts when the last document the checklist marks attached arrives
        attach(home, id, "transfer-summary");
        Instant received = instant(attach(home, id, "pre-sentence-report"), "uploadedAt");
        Instant reviewDueAt = Instant.parse(given().auth().oauth2(reviewer).get(ROOT + "/" + id).then().statusCode(200)
                .extract().path("reviewTimeLimit.dueAt"));
        Read review = timeLimits(caseId, 3).get(2);
        assertThat(review.authority()).isEqualTo("nottinghamshire");
        assertThat(review.limit().timeLimitId().toString()).isNotEqualTo(id);
        assertThat(review.limit().status()).isEqualTo(Status.OPEN);
        assertThat(review.limit().rule()).isEqualTo("TRF-7");
        assertThat(review.limit().step()).isEqualTo("confirm-supervision-requirements");
        assertThat(review.limit().triggeredAt()).isEqualTo(received);
        assertThat(review.limit().dueDate()).isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(review.limit().dueAt()).isEqualTo(reviewDueAt);

        // answered the day after it was due: late
        TestClock.today("2026-11-27");
        JsonPath stayed = post(reviewer, "/" + id + "/reviews", Map.of("decision", "stayed",
                "reasons", List.of("The pre-sentence report is out of date"))).then().statusCode(201).extract().jsonPath();
        Read late = timeLimits(caseId, 4).get(3);
        assertThat(late.authority()).isEqualTo("nottinghamshire");
        assertThat(late.limit().timeLimitId()).isEqualTo(review.limit().timeLimitId());
        assertThat(late.limit().status()).isEqualTo(Status.MET);
        assertThat(late.limit().completedAt()).isEqualTo(instant(stayed, "decidedAt"));
        assertThat(late.limit().onTime()).isFalse();
        assertThat(late.limit().dueAt()).isEqualTo(reviewDueAt);

        // the documents arrived already: the re-submitted version's time limit starts with it
        Instant before = TestClock.now();
        post(home, "/" + id + "/versions", Map.of("summary", summary(), "checklist", checklist(),
                "whatChanged", "Pre-sentence report updated")).then().statusCode(201);
        Instant after = TestClock.now();
        Read again = timeLimits(caseId, 5).get(4);
        assertThat(again.authority()).isEqualTo("nottinghamshire");
        assertThat(again.limit().timeLimitId()).isNotEqualTo(review.limit().timeLimitId());
        assertThat(again.limit().rule()).isEqualTo("TRF-7");
        assertThat(again.limit().status()).isEqualTo(Status.OPEN);
        assertThat(again.limit().triggeredAt()).isBetween(before, after);
        // Friday 27 November: 2 working days on is Tuesday 1 December
        assertThat(again.limit().dueDate()).isEqualTo(LocalDate.parse("2026-12-01"));

        JsonPath accepted = post(reviewer, "/" + id + "/reviews", Map.of("decision", "accepted", "reasons", List.of("Complete")))
                .then().statusCode(201).extract().jsonPath();
        Read onTime = timeLimits(caseId, 6).get(5);
        assertThat(onTime.authority()).isEqualTo("nottinghamshire");
        assertThat(onTime.limit().timeLimitId()).isEqualTo(again.limit().timeLimitId());
        assertThat(onTime.limit().status()).isEqualTo(Status.MET);
        assertThat(onTime.limit().completedAt()).isEqualTo(instant(accepted, "decidedAt"));
        assertThat(onTime.limit().onTime()).isTrue();
    }

    @Test
    @DisplayName("TRF-4: an outgoing transfer package (TRF-17) opens the home authority's TRF-4 time limit and meets it by "
            + "being sent, late when the decision to request was a week earlier")
    void transferPackage() {
        TestClock.today("2026-11-24");
        UUID caseId = openedCase("wokingham");
        JsonPath sent = given().auth().oauth2(caseWorker("wokingham")).contentType("application/json")
                .body(Map.of("caseId", caseId.toString(), "kind", "full", "receivingService", "Cornwall YJS",
                        "decidedOn", "2026-11-17", "summary", summary(), "checklist", checklist()))
                .post(ROOT + "/packages").then().statusCode(201).extract().jsonPath();

        List<Read> events = timeLimits(caseId, 2);
        Read opened = events.get(0);
        assertThat(opened.authority()).isEqualTo("wokingham");
        assertThat(opened.limit().timeLimitId().toString()).isEqualTo(sent.getString("id"));
        assertThat(opened.limit().status()).isEqualTo(Status.OPEN);
        assertThat(opened.limit().rule()).isEqualTo("TRF-4");
        assertThat(opened.limit().step()).isEqualTo("send-request");
        assertThat(opened.limit().triggeredAt()).isEqualTo(Instant.parse("2026-11-17T12:00:00Z"));
        assertThat(opened.limit().dueDate()).isEqualTo(LocalDate.parse("2026-11-18"));
        assertThat(opened.limit().dueAt()).isEqualTo(instant(sent, "requestTimeLimit.dueAt"));
        Read met = events.get(1);
        assertThat(met.authority()).isEqualTo("wokingham");
        assertThat(met.limit().timeLimitId()).isEqualTo(opened.limit().timeLimitId());
        assertThat(met.limit().status()).isEqualTo(Status.MET);
        // the answer reads the sending time back from PostgreSQL, which rounds it to microseconds
        assertThat(met.limit().completedAt()).isCloseTo(instant(sent, "sentAt"),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
        assertThat(met.limit().onTime()).isFalse();
    }
}
