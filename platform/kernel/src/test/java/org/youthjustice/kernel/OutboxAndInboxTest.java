package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventJson;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class OutboxAndInboxTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void aRequestIsAcceptedWhileKafkaIsDownAndItsEffectHappensOnceEvenWhenDeliveredTwice() {
        String token = RealmUsers.token("wokingham-case-worker");
        UUID caseId = UUID.randomUUID();

        kafka.stop();
        try {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("caseId", caseId, "text", "recorded while Kafka is down"))
                    .post("/notes")
                    .then().statusCode(201);
            assertThat(seen(token, caseId)).containsEntry("applied", 0);
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> seen(token, caseId).get("applied").equals(1));

        // deliver the very same event again, as Kafka may after a rebalance
        ConsumerRecord<String, String> published = eventOfCase(caseId);
        assertThat(published.key()).isEqualTo(caseId.toString());
        assertThat(EventJson.read(published.value()).authority()).isEqualTo("wokingham");
        kafka.publish(published.topic(), published.key(), published.value());

        await().atMost(Duration.ofSeconds(60)).until(() -> seen(token, caseId).get("deliveries").equals(2));
        assertThat(seen(token, caseId)).containsEntry("applied", 1);
        assertThat(metric("yj_inbox_duplicates_total{consumer=\"kernel-test\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMessageThatIsNotAnEventGoesToTheDeadLetterTopicWithItsReason() {
        String key = UUID.randomUUID().toString();

        kafka.publish("yj.orders.v1", key, "this is not an event");

        List<ConsumerRecord<String, String>> dead = kafka.readUntil("yj.orders.v1.kernel-test.dlq",
                records -> records.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        Header reason = record.headers().lastHeader("dead-letter-reason");
        assertThat(record.value()).isEqualTo("this is not an event");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("not an event envelope");
        assertThat(metric("yj_inbox_dead_lettered_total{consumer=\"kernel-test\",reason=\"malformed\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEffectThatKeepsFailingIsTriedABoundedNumberOfTimesThenDeadLettered() {
        String token = RealmUsers.token("wokingham-case-worker");
        UUID caseId = UUID.randomUUID();

        kafka.publish("yj.orders.v1", caseId.toString(), caseOpened(caseId, "FAIL-ALWAYS"));

        List<ConsumerRecord<String, String>> dead = kafka.readUntil("yj.orders.v1.kernel-test.dlq",
                records -> records.stream().anyMatch(r -> caseId.toString().equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .containsPattern("effect failed on attempt [34]");
        // three attempts alone, after one in a transaction with the rest of its poll if Kafka brought it with others
        assertThat(seen(token, caseId)).containsEntry("applied", 0);
        assertThat((Integer) seen(token, caseId).get("attempts")).isBetween(3, 4);
        assertThat(metric("yj_inbox_dead_lettered_total{consumer=\"kernel-test\",reason=\"failed\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aFailingEventGoesToTheDeadLetterTopicAloneAndTheRestOfItsPollIsApplied() {
        String token = RealmUsers.token("wokingham-case-worker");
        UUID before = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID after = UUID.randomUUID();

        kafka.publish("yj.orders.v1", before.toString(), caseOpened(before, "BEFORE"));
        kafka.publish("yj.orders.v1", failing.toString(), caseOpened(failing, "FAIL-ALWAYS"));
        kafka.publish("yj.orders.v1", after.toString(), caseOpened(after, "AFTER"));

        List<ConsumerRecord<String, String>> dead = kafka.readUntil("yj.orders.v1.kernel-test.dlq",
                records -> records.stream().anyMatch(r -> failing.toString().equals(r.key())), Duration.ofSeconds(60));
        assertThat(dead).noneMatch(r -> before.toString().equals(r.key()) || after.toString().equals(r.key()));
        await().atMost(Duration.ofSeconds(60)).until(() -> seen(token, before).get("applied").equals(1)
                && seen(token, after).get("applied").equals(1));
        assertThat(seen(token, failing)).containsEntry("applied", 0);
    }

    @Test
    void aTransientFailureIsRetriedAndTheEffectAppliedOnce() {
        String token = RealmUsers.token("wokingham-case-worker");
        UUID caseId = UUID.randomUUID();

        kafka.publish("yj.orders.v1", caseId.toString(), caseOpened(caseId, "FAIL-ONCE"));

        await().atMost(Duration.ofSeconds(60)).until(() -> seen(token, caseId).get("applied").equals(1));
        assertThat(seen(token, caseId)).containsEntry("attempts", 2);
        assertThat(metric("yj_inbox_retries_total{consumer=\"kernel-test\"")).isGreaterThanOrEqualTo(1);
    }

    /** The value of the first series in {@code /q/metrics} whose line starts with {@code series}; 0 when none. */
    private static double metric(String series) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(series))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private static String caseOpened(UUID caseId, String reference) {
        return EventJson.write(org.youthjustice.events.EventEnvelope.wrap(
                new org.youthjustice.events.orders.CaseOpened(caseId, reference, "male", false, "west"),
                "order-service", java.time.Instant.now(), "wokingham", caseId));
    }

    private ConsumerRecord<String, String> eventOfCase(UUID caseId) {
        List<ConsumerRecord<String, String>> records = kafka.readUntil("yj.orders.v1",
                read -> read.stream().anyMatch(r -> caseId.toString().equals(r.key())), Duration.ofSeconds(30));
        return records.stream().filter(r -> caseId.toString().equals(r.key())).findFirst().orElseThrow();
    }

    private static Map<String, Object> seen(String token, UUID caseId) {
        return given().auth().oauth2(token).get("/notes/seen/" + caseId).then().statusCode(200).extract().jsonPath().getMap("");
    }
}
