package org.youthjustice.orders.victims;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.victims.VictimRiskFlagged;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class VictimEventsTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    private void flag(SentencedCase sentenced, String flag) {
        EventEnvelope event = EventEnvelope.wrap(new VictimRiskFlagged(sentenced.caseId(), flag), "victim-service",
                TestClock.now(), sentenced.authority(), sentenced.caseId());
        kafka.publish(Topics.VICTIMS, sentenced.caseId().toString(), EventJson.write(event));
        kafka.publish(Topics.VICTIMS, sentenced.caseId().toString(), EventJson.write(event)); // redelivered
    }

    @Test
    @DisplayName("VIC-5: a risk to a specific victim shows on the case as a flag, once, with no victim details")
    void victimRiskFlagsShowOnTheCase() {
        SentencedCase sentenced = CaseFixtures.sentencedYro("wokingham", "2026-06-01", "2027-05-31");

        flag(sentenced, "contact-with-victim-restricted");
        flag(sentenced, "lives-near-victim");

        // the second flag follows the first's redelivery on the case's partition
        await().atMost(Duration.ofSeconds(30)).until(() -> CaseFixtures.view("wokingham", sentenced.caseId())
                .getList("victimRiskFlags").size() >= 2);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(200).body("victimRiskFlags", hasSize(2))
                .body("victimRiskFlags.flag", contains("contact-with-victim-restricted", "lives-near-victim"));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get("/api/orders/cases/" + sentenced.caseId())
                .then().statusCode(404);
    }
}
