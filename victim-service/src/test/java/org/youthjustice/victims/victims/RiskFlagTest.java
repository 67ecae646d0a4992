package org.youthjustice.victims.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.post;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class RiskFlagTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("VIC-5: a risk to a specific victim goes to the case manager as the case and a flag code, nothing of the victim; once")
    void flagWithoutDetails() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));

        post(rj, "/victims/" + victim + "/risks", Map.of("flag", "address of the victim is 3 doors down")).then().statusCode(400)
                .contentType(VictimRequests.PROBLEM);
        post(rj, "/victims/" + victim + "/risks", Map.of("flag", "lives-near-victim")).then().statusCode(200)
                .body("riskFlags", contains("lives-near-victim"));
        post(rj, "/victims/" + victim + "/risks", Map.of("flag", "lives-near-victim")).then().statusCode(200)
                .body("riskFlags", contains("lives-near-victim"));

        EventEnvelope flagged = VictimRequests.victimEvent(kafka, caseId, "victim-risk.flagged");
        assertThat(flagged.data().properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("caseId", "flag");
        assertThat(flagged.data().get("flag").asText()).isEqualTo("lives-near-victim");
        assertThat(VictimRequests.victimEvents(kafka, caseId, 2)).extracting(EventEnvelope::type)
                .containsOnlyOnce("victim-risk.flagged");
        assertThat(flagged.toString()).doesNotContain("Morgan", "Larch", victim);
    }
}
