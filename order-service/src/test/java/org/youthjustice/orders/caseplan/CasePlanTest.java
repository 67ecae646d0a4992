package org.youthjustice.orders.caseplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CasePlanTest {

    private static Map<String, Object> sentenced(String hearingDate, boolean courtOfficerPresent, Map<String, Object> order) {
        return CaseFixtures.sentencedOutcome(hearingDate, "2010-05-05", courtOfficerPresent, order);
    }

    private static Map<String, Object> yroStarting(String startDate) {
        return CaseFixtures.yro(startDate, "2027-12-23");
    }

    /** Submits and returns the case's milestones by rule. */
    private static Map<String, Map<String, Object>> milestones(String authority, Map<String, Object> submission) {
        return milestonesOf(authority, submit(authority, submission));
    }

    private static String submit(String authority, Map<String, Object> submission) {
        return given().auth().oauth2(TestTokens.token(authority, "court-officer")).contentType(ContentType.JSON)
                .body(submission).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
    }

    private static Map<String, Map<String, Object>> milestonesOf(String authority, String caseId) {
        JsonPath view = given().auth().oauth2(TestTokens.token(authority, "team-manager")).get("/api/orders/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> byRule = new HashMap<>();
        for (Map<String, Object> milestone : view.<Map<String, Object>>getList("milestones")) {
            byRule.put((String) milestone.get("rule"), milestone);
        }
        return byRule;
    }

    @Test
    @DisplayName("MIL-4, MIL-5, MIL-6, MIL-7: a YRO starting on Christmas Eve 2026 starts its plan milestones, due by the default policy")
    void aYouthRehabilitationOrderStartsItsPlanMilestones() {
        TestClock.today("2026-12-24");
        Map<String, Map<String, Object>> milestones = milestones("wokingham", sentenced("2026-11-20", false, yroStarting("2026-12-24")));

        assertThat(milestones.keySet()).containsExactlyInAnyOrder("MIL-4", "MIL-5", "MIL-6", "MIL-7", "MIL-11");
        assertThat(milestones.get("MIL-4")).containsEntry("dueDate", "2027-01-08").containsEntry("timeLimit", "15 days");
        assertThat(milestones.get("MIL-6")).containsEntry("dueDate", "2027-01-14").containsEntry("timeLimit", "3 weeks");
        assertThat(milestones.get("MIL-5")).containsEntry("dueDate", "2027-01-21").containsEntry("timeLimit", "4 weeks");
        assertThat(milestones.get("MIL-7")).containsEntry("dueDate", "2027-03-24").containsEntry("timeLimit", "3 months");
        // the exit interview arranged at least 2 weeks before the order's last day, 23 December 2027
        assertThat(milestones.get("MIL-11")).containsEntry("dueDate", "2027-12-09").containsEntry("timeLimit", "2 weeks")
                .containsEntry("step", "exit-interview-arrangement");
        assertThat(milestones.values()).allSatisfy(m -> {
            assertThat(m).containsEntry("status", "due");
            assertThat((String) m.get("policyVersion")).startsWith("wokingham@");
        });
    }

    @Test
    @DisplayName("MIL-1: with a YJS court officer at the sentence, post-sentence contact is due in 2 working days, over the summer bank holiday")
    void postSentenceContactIsDueInTwoWorkingDays() {
        // Friday 28 August 2026; Monday 31 August is the summer bank holiday
        TestClock.today("2026-09-02");
        String caseId = submit("wokingham", sentenced("2026-08-28", true, yroStarting("2026-08-28")));

        assertThat(milestonesOf("wokingham", caseId).get("MIL-1")).containsEntry("dueDate", "2026-09-02")
                .containsEntry("timeLimit", "2 working-days").containsEntry("status", "due");
        // the next day it is past due, and nothing completed it
        TestClock.today("2026-09-03");
        assertThat(milestonesOf("wokingham", caseId).get("MIL-1")).containsEntry("status", "overdue");
    }

    @Test
    @DisplayName("X-3 with MIL-4: an authority's own time limit sets its milestones, under its own policy version")
    void anAuthoritysOwnTimeLimitSetsItsMilestones() {
        Map<String, Map<String, Object>> milestones = milestones("nottinghamshire", sentenced("2026-11-20", false, yroStarting("2026-12-24")));

        assertThat(milestones.get("MIL-4")).containsEntry("dueDate", "2027-01-03").containsEntry("timeLimit", "10 days");
        assertThat((String) milestones.get("MIL-4").get("policyVersion")).startsWith("nottinghamshire@");
    }

    @Test
    void otherOrdersAndAbsentCourtOfficersStartNoneOfThese() {
        Map<String, Object> referral = Map.of("type", "referral-order", "startDate", "2026-11-20", "endDate", "2027-05-19", "contractMonths", 6);

        assertThat(milestones("wokingham", sentenced("2026-11-20", false, referral))).isEmpty();
    }
}
