package org.youthjustice.compliance.duelist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class DueListTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** A missed appointment on the case, judged unacceptable when {@code judge}; its absence id. */
    private static String missed(SupervisedCase supervised, int secondsAgo, boolean judge) {
        String absence = Supervision.missed(supervised, secondsAgo);
        if (judge) {
            Supervision.judgedUnacceptable(supervised, absence);
        }
        return absence;
    }

    @Test
    @DisplayName("CMP-4, CMP-6: a case worker's due list holds their follow-ups and compliance meetings; the team's and "
            + "the authority's lists show them to the team and to managers, never to another authority")
    void dueLists() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(1),
                TestClock.today().plusMonths(6), false);
        missed(supervised, 200, true);
        missed(supervised, 180, true);
        String awaiting = missed(supervised, 160, false);

        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/due").then().statusCode(200)
                .body("action", containsInAnyOrder("follow up the missed appointment", "compliance-meeting",
                        "write the first-warning letter", "write the second-warning letter"))
                .body("find { it.rule == 'CMP-4' }.absenceId", equalTo(awaiting))
                .body("find { it.action == 'compliance-meeting' }.dueDate", equalTo(TestClock.today().plusDays(10).toString()))
                .body("caseReference", everyItem(equalTo(Supervision.reference(supervised.caseId()))));
        given().auth().oauth2(supervised.caseManagerToken()).queryParam("status", "overdue").get("/api/compliance/due")
                .then().statusCode(200).body("caseId", not(hasItem(supervised.caseId().toString())));

        String teammate = TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team(Supervision.TEAM)
                .roles("case-worker").sign();
        given().auth().oauth2(teammate).get("/api/compliance/due").then().statusCode(200)
                .body("caseId", not(hasItem(supervised.caseId().toString())));
        given().auth().oauth2(teammate).queryParam("scope", "team").queryParam("limit", "500").get("/api/compliance/due")
                .then().statusCode(200).body("caseId", hasItem(supervised.caseId().toString()));
        given().auth().oauth2(teammate).queryParam("scope", "authority").get("/api/compliance/due").then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "authority")
                .queryParam("limit", "500").get("/api/compliance/due").then().statusCode(200)
                .body("caseId", hasItem(supervised.caseId().toString()));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).queryParam("scope", "authority")
                .queryParam("limit", "500").get("/api/compliance/due").then().statusCode(200)
                .body("caseId", not(hasItem(supervised.caseId().toString())));
    }

    @Test
    @DisplayName("CMP-4: a missed appointment's follow-up is due by the end of the next working day, overdue from the morning after")
    void aFollowUpFallsOverdueAfterTheNextWorkingDay() {
        // missed at 16:00 on Friday 27 November 2026: the next working day is Monday 30th
        TestClock.set(LocalDate.parse("2026-11-27"), LocalTime.of(16, 2));
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", LocalDate.parse("2026-10-27"),
                LocalDate.parse("2027-05-26"), false);
        String absence = missed(supervised, 120, false);
        Supplier<JsonPath> followUp = () -> given().auth().oauth2(supervised.caseManagerToken())
                .get("/api/compliance/cases/" + supervised.caseId() + "/absences").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.id == '" + absence + "' }.followUp");
        assertThat(followUp.get().getString("dueDate")).isEqualTo("2026-11-30");
        assertThat(followUp.get().getString("status")).isEqualTo("due");

        TestClock.set(LocalDate.parse("2026-11-30"), LocalTime.of(23, 30));
        assertThat(followUp.get().getString("status")).isEqualTo("due");
        given().auth().oauth2(supervised.caseManagerToken()).queryParam("status", "overdue").get("/api/compliance/due")
                .then().statusCode(200).body("absenceId", not(hasItem(absence)));

        TestClock.set(LocalDate.parse("2026-12-01"), LocalTime.of(8, 30));
        assertThat(followUp.get().getString("status")).isEqualTo("overdue");
        given().auth().oauth2(supervised.caseManagerToken()).queryParam("status", "overdue").get("/api/compliance/due")
                .then().statusCode(200).body("absenceId", hasItem(absence));
    }

    @Test
    void badCriteriaAreListed() {
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "everyone")
                .queryParam("status", "late").queryParam("limit", "0").get("/api/compliance/due").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", containsInAnyOrder("scope", "status", "limit"));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("scope", "team")
                .get("/api/compliance/due").then().statusCode(400).body("violations.field", containsInAnyOrder("team"));
    }
}
