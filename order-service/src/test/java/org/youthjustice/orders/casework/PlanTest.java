package org.youthjustice.orders.casework;

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
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class PlanTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    private static Response post(SentencedCase sentenced, String path, Object body) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .post("/api/orders/cases/" + sentenced.caseId() + path);
    }

    private static Map<String, Object> plan(String completedOn, boolean coProduced, String copiedOn) {
        Map<String, Object> plan = new HashMap<>(Map.of("kind", "intervention-plan", "completedOn", completedOn,
                "coProducedWithChild", coProduced));
        if (copiedOn != null) {
            plan.put("copiedToParentCarerOn", copiedOn);
        }
        return plan;
    }

    @Test
    @DisplayName("MIL-6, X-6: a plan for a child under 16 meets its milestone once the copy to the parent/carer is recorded; "
            + "the review is due 3 months after")
    void aPlanNeedsItsCopyToTheParentCarer() {
        TestClock.today("2026-06-23");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");

        String planId = post(sentenced, "/plans", plan("2026-06-15", true, null)).then().statusCode(201)
                .body("met", hasSize(0))
                .body("outstanding", contains("MIL-6: the copy to the parent/carer is not recorded (X-6: the child is under 16)"))
                .extract().path("recorded.id");
        // still open, and on 23 June past its due date of 22 June
        assertThat(milestones(sentenced, "intervention-plan").get(0)).containsEntry("status", "overdue")
                .containsEntry("dueDate", "2026-06-22");

        post(sentenced, "/plans/" + planId + "/copy", Map.of("sentOn", "2026-06-18")).then().statusCode(200)
                .body("met[0].step", equalTo("intervention-plan")).body("met[0].status", equalTo("met"))
                .body("outstanding", hasSize(0));

        assertThat(milestones(sentenced, "plan-review").get(0)).containsEntry("rule", "MIL-6")
                .containsEntry("dueDate", "2026-09-18").containsEntry("timeLimit", "3 months");
        // recording the copy again changes nothing
        post(sentenced, "/plans/" + planId + "/copy", Map.of("sentOn", "2026-06-19")).then().statusCode(200)
                .body("duplicate", equalTo(true)).body("recorded.copiedToParentCarerOn", equalTo("2026-06-18"));
    }

    @Test
    @DisplayName("MIL-6: a 16-year-old's co-produced plan meets its milestone without a copy; one not co-produced does not")
    void aPlanIsCoProducedWithTheChild() {
        SentencedCase sixteen = CaseFixtures.sentenced("wokingham", CaseFixtures.sentencedOutcome("2026-06-01", "2009-01-01", false,
                CaseFixtures.yro("2026-06-01", "2027-05-31")));
        post(sixteen, "/plans", plan("2026-06-10", false, null)).then().statusCode(201)
                .body("met", hasSize(0)).body("outstanding", contains("MIL-6: the plan is co-produced with the child"));
        // the revised plan, co-produced, a month later and so past its 3 weeks
        post(sixteen, "/plans", plan("2026-07-10", true, null)).then().statusCode(201)
                .body("met[0].status", equalTo("met-late"));
    }

    @Test
    @DisplayName("MIL-7: a review meeting the child and parent/carer attended meets its milestone and starts the next, 3 months on")
    void reviewMeetingsRepeat() {
        TestClock.today("2026-09-01");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");

        post(sentenced, "/review-meetings", Map.of("heldOn", "2026-08-20", "childAttended", true, "parentCarerAttended", false))
                .then().statusCode(201).body("met", hasSize(0))
                .body("outstanding", contains("MIL-7: the parent/carer attends the review plan meeting"));
        post(sentenced, "/review-meetings", Map.of("heldOn", "2026-08-28", "childAttended", true, "parentCarerAttended", true))
                .then().statusCode(201).body("met[0].step", equalTo("review-meeting")).body("met[0].status", equalTo("met"));

        assertThat(milestones(sentenced, "review-meeting")).hasSize(2);
        assertThat(milestones(sentenced, "review-meeting").get(1)).containsEntry("dueDate", "2026-11-28").containsEntry("status", "due");
        // the day before it is due, still due; the Monday after, overdue
        TestClock.today("2026-11-27");
        assertThat(milestones(sentenced, "review-meeting").get(1)).containsEntry("status", "due");
        TestClock.today("2026-11-30");
        assertThat(milestones(sentenced, "review-meeting").get(1)).containsEntry("status", "overdue");
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/review-meetings")
                .then().statusCode(200).body("heldOn", contains("2026-08-20", "2026-08-28"));
    }

    @Test
    void duplicatesBadInputAndOtherAuthorities() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        Map<String, Object> plan = plan("2026-06-15", true, "2026-06-15");

        String id = post(sentenced, "/plans", plan).then().statusCode(201).extract().path("recorded.id");
        post(sentenced, "/plans", plan).then().statusCode(200).body("duplicate", equalTo(true)).body("recorded.id", equalTo(id));

        post(sentenced, "/plans", plan("2026-06-20", true, "2026-06-19")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("copiedToParentCarerOn"));
        post(sentenced, "/plans", Map.of("kind", "wish-list", "coProducedWithChild", true)).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("kind", "completedOn"));
        post(sentenced, "/review-meetings", Map.of("heldOn", "2099-01-01", "childAttended", true, "parentCarerAttended", true))
                .then().statusCode(400).body("violations.field", contains("date"));
        given().auth().oauth2(MANAGER).get("/api/orders/cases/" + sentenced.caseId() + "/plans").then().body("$", hasSize(1));

        String other = TestTokens.token("nottinghamshire", "team-manager");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(plan("2026-06-16", true, "2026-06-16"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/plans").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("sentOn", "2026-06-16"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/plans/" + id + "/copy").then().statusCode(404);
        given().auth().oauth2(other).get("/api/orders/cases/" + sentenced.caseId() + "/review-meetings").then().statusCode(404);
    }
}
