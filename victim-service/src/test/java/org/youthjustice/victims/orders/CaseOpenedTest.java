package org.youthjustice.victims.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.youthjustice.victims.VictimRequests.ROOT;
import static org.youthjustice.victims.VictimRequests.rjWorker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.CaseOpened;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class CaseOpenedTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("X-1: case.opened makes the case known in its authority only; the same case opened again in another "
            + "authority's name goes to yj.orders.v1.victim-service.dlq and that authority still does not see it")
    void aCaseIsOpenedInOneAuthorityOnly() {
        UUID caseId = UUID.randomUUID();
        publish("wokingham", caseId, new CaseOpened(caseId, "YJ-1", "female", false, "Wokingham"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status("wokingham", caseId) == 200);

        EventEnvelope foreign = publish("bracknell-forest", caseId, new CaseOpened(caseId, "BF-1", "male", false, "Bracknell"));
        String id = foreign.id().toString();
        assertThat(kafka.readUntil(Topics.deadLetter(Topics.ORDERS, "victim-service"),
                records -> records.stream().anyMatch(r -> r.value().contains(id)), Duration.ofSeconds(60)))
                .anyMatch(r -> r.value().contains(id));
        assertThat(status("bracknell-forest", caseId)).isEqualTo(404);
        assertThat(status("wokingham", caseId)).isEqualTo(200);
    }

    private EventEnvelope publish(String authority, UUID caseId, CaseOpened opened) {
        EventEnvelope event = EventEnvelope.wrap(opened, "order-service", TestClock.now(), authority, caseId);
        kafka.publish(Topics.ORDERS, caseId.toString(), EventJson.write(event));
        return event;
    }

    private static int status(String authority, UUID caseId) {
        return given().auth().oauth2(rjWorker(authority)).get(ROOT + "/cases/" + caseId).statusCode();
    }
}
