package org.youthjustice.victims.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.youthjustice.victims.VictimRequests.REASON;
import static org.youthjustice.victims.VictimRequests.ROOT;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.everyoneElse;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.serviceManager;
import static org.youthjustice.victims.VictimRequests.teamManager;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class AccessTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    /** Every endpoint that shows or changes one victim or one case's victims, with a valid body where it takes one. */
    private static List<Object[]> endpoints(UUID caseId, String victim) {
        String today = TestClock.today().toString();
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] { "GET", "/cases/" + caseId, null });
        all.add(new Object[] { "POST", "/cases/" + caseId + "/victims", Map.of("directVictim", true, "details", adult("Other Person"),
                "consent", Map.of("consentToContact", false, "source", "victim", "givenOn", today)) });
        all.add(new Object[] { "GET", "/victims/" + victim, null });
        all.add(new Object[] { "GET", "/victims/" + victim + "/details", null });
        all.add(new Object[] { "PUT", "/victims/" + victim + "/details", adult("Changed Name") });
        all.add(new Object[] { "GET", "/victims/" + victim + "/consent", null });
        all.add(new Object[] { "POST", "/victims/" + victim + "/consent", Map.of("consentToContact", false, "source", "victim", "givenOn", today) });
        all.add(new Object[] { "POST", "/victims/" + victim + "/risks", Map.of("flag", "lives-near-victim") });
        all.add(new Object[] { "GET", "/victims/" + victim + "/contacts", null });
        all.add(new Object[] { "POST", "/victims/" + victim + "/contacts", Map.of("purpose", "sentence-outcome", "attemptedAt",
                TestClock.now().toString(), "method", "phone", "contactedPerson", "victim", "result", "no-answer") });
        all.add(new Object[] { "POST", "/victims/" + victim + "/restorative-decision", Map.of("appropriate", false, "reasons", "x") });
        all.add(new Object[] { "PUT", "/victims/" + victim + "/restorative-options", Map.of("options", List.of("none")) });
        all.add(new Object[] { "POST", "/victims/" + victim + "/restorative-conclusion", Map.of("concludedOn", today) });
        all.add(new Object[] { "GET", "/victims/" + victim + "/subject-access-export", null });
        return all;
    }

    private static int call(String token, Object[] endpoint) {
        var request = given().auth().oauth2(token).header(REASON, "isolation test");
        if (endpoint[2] != null) {
            request = request.contentType(ContentType.JSON).body(endpoint[2]);
        }
        return request.request((String) endpoint[0], ROOT + endpoint[1]).statusCode();
    }

    @Test
    @DisplayName("VIC-4, X-1: every victim endpoint answers 404 to every role that is not victim work, and to another "
            + "authority's restorative justice workers and managers, and changes nothing")
    void everyoneElseGets404() {
        UUID caseId = openCase(kafka, "wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        List<String> outsiders = new ArrayList<>(everyoneElse("wokingham"));
        outsiders.addAll(List.of(rjWorker("nottinghamshire"), teamManager("nottinghamshire"), serviceManager("nottinghamshire")));

        for (Object[] endpoint : endpoints(caseId, victim)) {
            for (String outsider : outsiders) {
                assertThat(call(outsider, endpoint)).as(endpoint[0] + " " + endpoint[1]).isEqualTo(404);
            }
            var anonymous = given().contentType(ContentType.JSON).body(endpoint[2] == null ? Map.of() : endpoint[2]);
            assertThat(anonymous.request((String) endpoint[0], ROOT + endpoint[1]).statusCode()).as("no token").isEqualTo(401);
        }
        // the audit is a list of the caller's own authority: another authority's managers see theirs (readsAreAudited)
        for (String outsider : everyoneElse("wokingham")) {
            assertThat(call(outsider, new Object[] { "GET", "/audit?victimRef=" + victim, null })).as("audit").isEqualTo(404);
        }
        given().auth().oauth2(rjWorker("wokingham")).get(ROOT + "/victims/" + victim).then().statusCode(200)
                .body("consentToContact", equalTo(true)).body("riskFlags.size()", equalTo(0));
        given().auth().oauth2(rjWorker("wokingham")).header(REASON, "checking nothing changed").get(ROOT + "/victims/" + victim + "/details")
                .then().statusCode(200).body("name", equalTo("Morgan Ellis"));
        given().auth().oauth2(rjWorker("wokingham")).get(ROOT + "/cases/" + caseId).then().body("size()", equalTo(1));
    }

    @Test
    @DisplayName("VIC-4, X-4: opening a victim's details needs a reason; every opening is audited with who, when and why, "
            + "and managers read that trail; restorative justice workers do not")
    void readsAreAudited() {
        UUID caseId = openCase(kafka, "wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        String rj = rjWorker("wokingham");

        given().auth().oauth2(rj).get(ROOT + "/victims/" + victim + "/details").then().statusCode(400)
                .contentType(VictimRequests.PROBLEM).body("violations.rule", contains("VIC-4"));
        given().auth().oauth2(rj).header(REASON, "  ").get(ROOT + "/victims/" + victim + "/details").then().statusCode(400);
        given().auth().oauth2(rj).header(REASON, "arranging the first contact").get(ROOT + "/victims/" + victim + "/details")
                .then().statusCode(200).body("name", equalTo("Morgan Ellis")).body("phone", equalTo("07700 900321"));
        given().auth().oauth2(teamManager("wokingham")).header(REASON, "supervision of the RJ worker")
                .get(ROOT + "/victims/" + victim + "/details").then().statusCode(200);

        given().auth().oauth2(teamManager("wokingham")).get(ROOT + "/audit?reads=true&victimRef=" + victim).then().statusCode(200)
                .body("action", contains("victim.details-read", "victim.details-read"))
                .body("rationale", contains("supervision of the RJ worker", "arranging the first contact"))
                .body("roles[1]", contains("rj-worker")).body("occurredAt[1]", org.hamcrest.Matchers.startsWith(TestClock.today().toString()))
                .body("authority", hasItem("wokingham"));
        given().auth().oauth2(serviceManager("wokingham")).get(ROOT + "/audit?victimRef=" + victim).then().statusCode(200)
                .body("action", hasItem("victim.recorded"));
        given().auth().oauth2(rj).get(ROOT + "/audit").then().statusCode(404);
        given().auth().oauth2(teamManager("nottinghamshire")).get(ROOT + "/audit?victimRef=" + victim).then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(teamManager("wokingham")).get(ROOT + "/audit?limit=0").then().statusCode(400);
    }

    @Test
    @DisplayName("VIC-4, UK GDPR: the service manager exports everything held about one victim for a subject access request, "
            + "with a reason, audited; a team manager cannot")
    void subjectAccessExport() {
        UUID caseId = openCase(kafka, "wokingham");
        String victim = referred("wokingham", caseId, adult("Morgan Ellis"));
        given().auth().oauth2(rjWorker("wokingham")).contentType(ContentType.JSON).body(Map.of("flag", "lives-near-victim"))
                .post(ROOT + "/victims/" + victim + "/risks").then().statusCode(200);

        String path = ROOT + "/victims/" + victim + "/subject-access-export";
        given().auth().oauth2(teamManager("wokingham")).header(REASON, "SAR 114").get(path).then().statusCode(404);
        given().auth().oauth2(serviceManager("wokingham")).get(path).then().statusCode(400);
        given().auth().oauth2(serviceManager("wokingham")).header(REASON, "SAR 114").get(path).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("format", equalTo("yj-victim-subject-access/1")).body("details.name", equalTo("Morgan Ellis"))
                .body("consent.source", contains("police")).body("riskFlags", contains("lives-near-victim"))
                .body("accessesAndChanges.action", hasItem("victim.recorded"));
        given().auth().oauth2(serviceManager("wokingham")).get(ROOT + "/audit?reads=true&victimRef=" + victim).then()
                .body("action", hasItem("victim.subject-access-export-read")).body("rationale", hasItem("SAR 114"));
    }
}
