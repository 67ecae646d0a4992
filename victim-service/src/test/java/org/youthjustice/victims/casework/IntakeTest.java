package org.youthjustice.victims.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.youthjustice.victims.VictimRequests.PROBLEM;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.child;
import static org.youthjustice.victims.VictimRequests.get;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.post;
import static org.youthjustice.victims.VictimRequests.refer;
import static org.youthjustice.victims.VictimRequests.referral;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.teamManager;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class IntakeTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("VIC-9: the police do not pass the details of a victim who asked them not to: refused with its rule, nothing stored")
    void policeRespectTheVictimsWish() {
        UUID caseId = openCase(kafka, "wokingham");
        Map<String, Object> body = new HashMap<>(referral(caseId, adult("Robin Hartley"), true));
        body.put("victimAskedNotToShare", true);

        refer("wokingham", body).then().statusCode(422).contentType(PROBLEM).body("violations.rule", contains("VIC-9"))
                .body(not(containsString("Robin Hartley")));
        get(rjWorker("wokingham"), "/cases/" + caseId).then().statusCode(200).body("$", empty());
    }

    @Test
    @DisplayName("VIC-2, ALC-11, X-1: the police pass a consenting victim for a case of their own authority; the consent goes to "
            + "allocation-service by reference only; a repeated referral is one; another authority's case is 404")
    void policeReferral() {
        UUID caseId = openCase(kafka, "wokingham");
        Map<String, Object> body = referral(caseId, adult("Robin Hartley"), true);

        String victimRef = refer("wokingham", body).then().statusCode(201).body("caseId", equalTo(caseId.toString()))
                .body("consentToContact", equalTo(true)).body(not(containsString("Hartley"))).extract().path("victimRef");
        refer("wokingham", body).then().statusCode(200).body("victimRef", equalTo(victimRef));
        refer("nottinghamshire", body).then().statusCode(404).contentType(PROBLEM);
        refer("wokingham", referral(UUID.randomUUID(), adult("Robin Hartley"), true)).then().statusCode(404);
        post(rjWorker("wokingham"), "/referrals", body).then().statusCode(403);

        EventEnvelope consent = VictimRequests.victimEvent(kafka, caseId, "victim-consent.recorded");
        assertThat(consent.authority()).isEqualTo("wokingham");
        assertThat(consent.data().properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("victimRef", "caseId", "consentToContact", "directVictim");
        assertThat(consent.data().get("victimRef").asText()).isEqualTo(victimRef);
        assertThat(consent.data().get("consentToContact").asBoolean()).isTrue();
        assertThat(consent.data().get("directVictim").asBoolean()).isTrue();
        assertThat(consent.toString()).doesNotContain("Hartley", "Larch", "07700 900321", "example.invalid");

        get(rjWorker("wokingham"), "/cases/" + caseId).then().statusCode(200).body("$", hasSize(1))
                .body("[0].victimRef", equalTo(victimRef)).body("[0].referredBy", equalTo("police"))
                .body(not(containsString("Hartley")));
        get(VictimRequests.teamManager("wokingham"), "/victims/" + victimRef + "/consent").then().statusCode(200)
                .body("source", contains("police")).body("givenOn", contains(TestClock.today().toString()));
    }

    @Test
    @DisplayName("VIC-6: a victim under 17 comes with a parent or guardian; without one, refused with its rule and nothing stored")
    void childVictimNeedsParent() {
        UUID caseId = openCase(kafka, "wokingham");
        Map<String, Object> details = child("Kit Summers", 13);
        details.remove("parentOrGuardian");
        String rj = rjWorker("wokingham");
        Map<String, Object> entry = Map.of("directVictim", true, "details", details,
                "consent", Map.of("consentToContact", true, "source", "parent-or-guardian", "givenOn", TestClock.today().toString()));

        post(rj, "/cases/" + caseId + "/victims", entry).then().statusCode(422).contentType(PROBLEM)
                .body("violations.rule", contains("VIC-6")).body("violations.field", contains("details.parentOrGuardian"))
                .body(not(containsString("Kit Summers")));
        get(rj, "/cases/" + caseId).then().body("$", empty());

        post(rj, "/cases/" + caseId + "/victims", Map.of("directVictim", true, "details", child("Kit Summers", 13),
                "consent", Map.of("consentToContact", true, "source", "parent-or-guardian", "givenOn", TestClock.today().toString())))
                .then().statusCode(201).body("referredBy", equalTo("yjs")).body("consentToContact", equalTo(true));
    }

    @Test
    @DisplayName("VIC-4: bad input is answered field by field without echoing the victim's details; nothing is stored")
    void badInputEchoesNothing() {
        UUID caseId = openCase(kafka, "wokingham");
        Map<String, Object> details = adult("Robin Hartley");
        details.put("email", "robin.hartley.not-an-email");
        details.put("dateOfBirth", TestClock.today().plusDays(3).toString());
        post(teamManager("wokingham"), "/cases/" + caseId + "/victims", Map.of("directVictim", true, "details", details,
                "consent", Map.of("consentToContact", true, "source", "victim", "givenOn", TestClock.today().toString())))
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", org.hamcrest.Matchers.hasItems("details.email", "details.dateOfBirth"))
                .body(not(containsString("robin.hartley"))).body(not(containsString("Hartley")));
        get(rjWorker("wokingham"), "/cases/" + caseId).then().body("$", empty());
    }
}
