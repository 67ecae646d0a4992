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
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Paging;
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
    @DisplayName("CMP-4: a missed appointment's follow-up is due by the end of the next working day, overdue from the morning after; "
            + "the due list explains the date, the weekend not counted")
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
        JsonPath explained = given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/due").then().statusCode(200)
                .extract().jsonPath().setRootPath("find { it.absenceId == '" + absence + "' }.explanation");
        assertThat(explained.getString("rule")).isEqualTo("CMP-4");
        assertThat(explained.getString("trigger")).isEqualTo("the missed appointment");
        assertThat(explained.getString("triggeredAt")).startsWith("2026-11-27");
        assertThat(explained.getString("timeLimit")).isEqualTo("1 working-days");
        assertThat(explained.getString("dueDate")).isEqualTo("2026-11-30");
        assertThat(explained.getList("skipped.name")).containsExactly("Saturday", "Sunday");
        assertThat(explained.getList("skipped.why")).containsExactly("weekend", "weekend");

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
    @DisplayName("The due list pages in the database: soonest first (letters due tonight, the follow-up, the meeting), "
            + "X-Total-Count and Link; another authority's items are neither listed nor counted")
    void dueListPages() {
        String authority = Paging.freshAuthority("due");
        SupervisedCase supervised = Supervision.underOrder(kafka, authority, TestClock.today().minusMonths(1),
                TestClock.today().plusMonths(6), false);
        missed(supervised, 200, true);
        missed(supervised, 180, true);
        String awaiting = missed(supervised, 160, false);
        String elsewhere = Paging.freshAuthority("due-elsewhere");
        SupervisedCase other = Supervision.underOrder(kafka, elsewhere, TestClock.today().minusMonths(1),
                TestClock.today().plusMonths(6), false);
        missed(other, 200, false);
        String manager = TestTokens.token(authority, "team-manager");

        Response whole = Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority"));
        assertThat(Paging.total(whole)).isEqualTo(4);
        assertThat(whole.header("Link")).isNull();
        List<Map<String, Object>> items = whole.jsonPath().getList("$");
        // the warning letters are due by the end of the day they were asked for (London), the follow-up by the end of
        // the next working day, the compliance meeting within 10 days: the order the list always gave
        assertThat(items.subList(0, 2)).extracting(item -> item.get("action"))
                .containsExactlyInAnyOrder("write the first-warning letter", "write the second-warning letter");
        assertThat(items.subList(2, 4)).extracting(item -> item.get("action"))
                .containsExactly("follow up the missed appointment", "compliance-meeting");
        assertThat(items.get(0)).containsEntry("dueDate", TestClock.today().toString())
                .containsEntry("dueAt", TestClock.today().plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant().toString())
                .containsEntry("overdue", false).containsEntry("caseReference", Supervision.reference(supervised.caseId()))
                .containsEntry("team", Supervision.TEAM).containsEntry("caseManager", supervised.caseManager().toString())
                .containsEntry("absenceId", null).containsEntry("stepId", null).containsKey("letterId")
                .containsOnlyKeys("action", "rule", "caseId", "caseReference", "orderId", "dueDate", "dueAt", "overdue",
                        "absenceId", "stepId", "letterId", "caseManager", "team", "explanation");
        assertThat(items.get(2)).containsEntry("absenceId", awaiting).containsEntry("rule", "CMP-4");
        assertThat(items.get(3)).containsEntry("rule", "CMP-6").containsEntry("dueDate", TestClock.today().plusDays(10).toString());

        Response first = Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority", "limit", "2"));
        assertThat(Paging.total(first)).isEqualTo(4);
        assertThat(first.jsonPath().getList("$")).isEqualTo(items.subList(0, 2));
        Paging.assertLink(first, "next", 2, 2);
        assertThat(Paging.link(first, "prev")).isNull();
        Response second = Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority", "limit", "2", "offset", "2"));
        assertThat(second.jsonPath().getList("$")).isEqualTo(items.subList(2, 4));
        Paging.assertLink(second, "prev", 0, 2);
        assertThat(Paging.link(second, "next")).isNull();
        Response middle = Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority", "limit", "1", "offset", "1"));
        assertThat(middle.jsonPath().getList("$")).isEqualTo(items.subList(1, 2));
        Paging.assertLink(middle, "next", 2, 1);
        Paging.assertLink(middle, "prev", 0, 1);
        // the status filter is counted too
        assertThat(Paging.total(Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority", "status", "due"))))
                .isEqualTo(4);
        Response overdue = Paging.list(manager, "/api/compliance/due", Map.of("scope", "authority", "status", "overdue"));
        assertThat(Paging.total(overdue)).isZero();
        assertThat(overdue.jsonPath().getList("$")).isEmpty();
        // mine and team count the same cases here
        assertThat(Paging.total(Paging.list(supervised.caseManagerToken(), "/api/compliance/due", Map.of()))).isEqualTo(4);
        assertThat(Paging.total(Paging.list(supervised.caseManagerToken(), "/api/compliance/due", Map.of("scope", "team"))))
                .isEqualTo(4);

        // the other authority sees its own follow-up only, and this one never counts it
        Response theirs = Paging.list(TestTokens.token(elsewhere, "team-manager"), "/api/compliance/due", Map.of("scope", "authority"));
        assertThat(Paging.total(theirs)).isEqualTo(1);
        assertThat(theirs.jsonPath().getList("caseId")).containsExactly(other.caseId().toString());
        assertThat(whole.jsonPath().getList("caseId")).containsOnly(supervised.caseId().toString());
    }

    @Test
    @DisplayName("A bad limit or offset on the due list is a 400 naming the field")
    void badPagingIsRefused() {
        Paging.assertBadPagingRefused(TestTokens.token("wokingham", "team-manager"), "/api/compliance/due",
                Map.of("scope", "authority"));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("limit", "501")
                .get("/api/compliance/due").then().statusCode(400).body("violations.field", containsInAnyOrder("limit"));
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
