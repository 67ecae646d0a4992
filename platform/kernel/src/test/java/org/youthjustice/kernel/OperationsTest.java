package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;

@QuarkusTest
@TestProfile(RealInfrastructure.class)
class OperationsTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    void readinessIsUpWithRealDatabaseAndBroker() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void aBrokerOutageLeavesTheServiceReadyAndShowsInWellnessUntilTheBrokerIsBack() {
        String token = RealmUsers.token("wokingham-case-worker");
        kafka.stop();
        try {
            // work is still accepted: the event waits in the outbox
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("caseId", UUID.randomUUID(), "text", "recorded while Kafka is down"))
                    .post("/notes")
                    .then().statusCode(201);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'Outbox relay to Kafka' }.data.lastFailure", notNullValue()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            kafka.start();
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox relay to Kafka' }.data.pending", equalTo(0)));
    }

    @Test
    void theMessagingIsMeasured() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("yj_outbox_pending"))
                .body(containsString("yj_outbox_oldest_pending_age_seconds"))
                .body(containsString("yj_outbox_sent_total"))
                .body(containsString("yj_outbox_send_failures_total"))
                // consumer lag, from the Kafka consumers' own metrics
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
    }
}
