package org.youthjustice.orders.closure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class ClosureTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    private static Response post(SentencedCase sentenced, String path, Object body) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .post("/api/orders/cases/" + sentenced.caseId() + path);
    }

    private static Map<String, Object> arrangement(SentencedCase sentenced, String finalSession, String interview, String arranged) {
        return Map.of("orderId", sentenced.orderId().toString(), "finalSessionOn", finalSession, "interviewOn", interview,
                "arrangedOn", arranged);
    }

    private static Map<String, Object> held(String heldOn, String letterOn) {
        Map<String, Object> held = new HashMap<>(Map.of("heldOn", heldOn, "conductedBy", "Sam Okafor (team manager)",
                "childAttended", true, "parentCarerAttended", true));
        if (letterOn != null) {
            held.put("completionLetterHandedOverOn", letterOn);
        }
        return held;
    }

    @Test
    @DisplayName("MIL-11: the exit interview is to be arranged at least 2 weeks before a YRO's last day")
    void arrangingTheExitInterviewIsDueTwoWeeksBeforeTheOrderEnds() {
        TestClock.today("2026-12-24");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-01-05", "2027-01-08");

        assertThat(milestones(sentenced, "exit-interview-arrangement")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("rule", "MIL-11").containsEntry("dueDate", "2026-12-25").containsEntry("timeLimit", "2 weeks")
                .containsEntry("status", "due"));
    }

    @Test
    @DisplayName("MIL-11: arranged, closure document 2 days before the interview, interview within 5 days of the final "
            + "session with the completion letter, closure AssetPlus within 4 weeks; the order's completion leaves them open")
    void closingAnOrder() {
        TestClock.today("2026-11-24");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-01-05", "2026-11-20");

        String id = post(sentenced, "/exit-interviews", arrangement(sentenced, "2026-11-13", "2026-11-18", "2026-11-02"))
                .then().statusCode(201)
                .body("met[0].step", equalTo("exit-interview-arrangement")).body("met[0].status", equalTo("met"))
                .body("started.step", containsInAnyOrder("closure-document", "exit-interview"))
                .body("outstanding", contains("MIL-11: the exit interview is held by 2026-11-18"))
                .extract().path("recorded.id");
        assertThat(milestones(sentenced, "closure-document")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("dueDate", "2026-11-16").containsEntry("timeLimit", "2 days"));
        // within 5 days of a Friday's final session: the Wednesday after
        assertThat(milestones(sentenced, "exit-interview")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("dueDate", "2026-11-18"));

        String closureDocument = (String) milestones(sentenced, "closure-document").get(0).get("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-11-16", "note", "Closure document sent to Sam for QA"))
                .post("/api/orders/milestones/" + closureDocument + "/completion").then().statusCode(200)
                .body("status", equalTo("met"));

        // held without the letter: the interview is not yet done, but the closure AssetPlus clock runs
        post(sentenced, "/exit-interviews/" + id + "/held", held("2026-11-18", null)).then().statusCode(200)
                .body("met", hasSize(0)).body("started[0].step", equalTo("closure-assessment"))
                .body("started[0].dueDate", equalTo("2026-12-16"))
                .body("outstanding", contains("MIL-11: the completion letter, with guidance on spent convictions, is handed to the child"));
        post(sentenced, "/exit-interviews/" + id + "/completion-letter", Map.of("handedOverOn", "2026-11-18"))
                .then().statusCode(200).body("met[0].step", equalTo("exit-interview")).body("met[0].status", equalTo("met"))
                .body("outstanding", hasSize(0));

        // the order completes: its home visits and reviews close, the closure AssetPlus stays due
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-11-20"))
                .post("/api/orders/orders/" + sentenced.orderId() + "/completion").then().statusCode(200);
        assertThat(milestones(sentenced, "closure-assessment").get(0)).containsEntry("status", "due");
        assertThat(milestones(sentenced, "review-meeting").get(0)).containsEntry("status", "not-applicable");

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(Map.of("stage", "closure", "completedOn", "2026-11-23", "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(201)
                .body("met[0].step", equalTo("closure-assessment"));
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/exit-interviews").then().statusCode(200)
                .body("heldOn", contains("2026-11-18")).body("completionLetterHandedOverOn", contains("2026-11-18"));
    }

    @Test
    @DisplayName("MIL-11: an exit interview before the final session or more than 5 days after it is refused, nothing stored")
    void theInterviewFollowsTheFinalSessionWithinFiveDays() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-01-05", "2026-11-20");

        post(sentenced, "/exit-interviews", arrangement(sentenced, "2026-11-13", "2026-11-19", "2026-11-02"))
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("MIL-11"))
                .body("violations[0].message", equalTo("the exit interview takes place within 5 days of the final session: by 2026-11-18"));
        post(sentenced, "/exit-interviews", arrangement(sentenced, "2026-11-13", "2026-11-12", "2026-11-02"))
                .then().statusCode(422).body("violations[0].rule", equalTo("MIL-11"));

        assertThat(milestones(sentenced, "exit-interview")).isEmpty();
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/exit-interviews").then().body("$", hasSize(0));
    }

    @Test
    void duplicatesConflictsBadInputAndOtherAuthorities() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-01-05", "2026-11-20");
        Map<String, Object> arrangement = arrangement(sentenced, "2026-11-13", "2026-11-16", "2026-11-02");

        String id = post(sentenced, "/exit-interviews", arrangement).then().statusCode(201).extract().path("recorded.id");
        post(sentenced, "/exit-interviews", arrangement).then().statusCode(200).body("duplicate", equalTo(true))
                .body("recorded.id", equalTo(id));
        post(sentenced, "/exit-interviews", arrangement(sentenced, "2026-11-13", "2026-11-17", "2026-11-02"))
                .then().statusCode(409).contentType(PROBLEM);
        post(sentenced, "/exit-interviews/" + id + "/completion-letter", Map.of("handedOverOn", "2026-11-16"))
                .then().statusCode(422).body("violations[0].rule", equalTo("MIL-11"));
        post(sentenced, "/exit-interviews/" + id + "/held", held("2026-11-12", null)).then().statusCode(400)
                .body("violations.field", contains("heldOn"));
        post(sentenced, "/exit-interviews", Map.of("finalSessionOn", "2026-11-13")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("orderId", "interviewOn"));
        assertThat(milestones(sentenced, "exit-interview")).hasSize(1);

        String other = TestTokens.token("nottinghamshire", "team-manager");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(arrangement)
                .post("/api/orders/cases/" + sentenced.caseId() + "/exit-interviews").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(held("2026-11-16", "2026-11-16"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/exit-interviews/" + id + "/held").then().statusCode(404);
        given().auth().oauth2(other).get("/api/orders/cases/" + sentenced.caseId() + "/exit-interviews").then().statusCode(404);
    }
}
