package org.youthjustice.compliance.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.ContactMonthCounted;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class ContactFrequencyTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static JsonPath frequency(SupervisedCase supervised, String query) {
        return given().auth().oauth2(supervised.caseManagerToken())
                .get("/api/compliance/cases/" + supervised.caseId() + "/orders/" + supervised.orderId() + "/contact-frequency" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A weekly appointment on each of the first four Wednesdays of {@code month}, at 4 pm. */
    private static void weekly(SupervisedCase supervised, YearMonth month) {
        LocalDate day = month.atDay(1);
        while (day.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            day = day.plusDays(1);
        }
        for (int week = 0; week < 4; week++) {
            Instant starts = day.plusWeeks(week).atTime(16, 0).atZone(LONDON).toInstant();
            given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                    .body(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                            "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                    .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(201);
        }
    }

    @Test
    @DisplayName("CMP-9, MIL-12: an enhanced case needs 4 appointments a month: last month with none is short and was not "
            + "scheduled ahead; next month booked weekly is met; the team's shortfall list flags the order")
    void enhancedCaseMonthByMonth() {
        // in November 2026: October has passed with nothing booked, December is the month ahead
        TestClock.today("2026-11-24");
        LocalDate today = TestClock.today();
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", today.minusMonths(3).withDayOfMonth(1),
                today.plusMonths(6), false);
        kafka.publish(Topics.ORDERS, supervised.caseId().toString(), EventJson.write(EventEnvelope.wrap(
                new RiskAssessed(UUID.randomUUID(), "start", RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.MEDIUM,
                        ScaledApproach.ENHANCED, null, false), "order-service", TestClock.now(), "wokingham", supervised.caseId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> "enhanced".equals(given().auth().oauth2(supervised.caseManagerToken())
                .get("/api/compliance/cases/" + supervised.caseId()).jsonPath().getString("scaledApproach")));

        YearMonth thisMonth = YearMonth.from(today);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        YearMonth nextMonth = thisMonth.plusMonths(1);
        weekly(supervised, nextMonth);

        JsonPath months = frequency(supervised, "?from=" + lastMonth + "&to=" + nextMonth);
        assertThat(months.getString("minimum.level")).isEqualTo("enhanced");
        assertThat(months.getInt("minimum.perMonth")).isEqualTo(4);
        assertThat(months.getString("minimum.source")).isEqualTo("the platform's default; enhanced from the latest assessment");
        assertThat(months.getList("months.month")).containsExactly(lastMonth.toString(), thisMonth.toString(), nextMonth.toString());
        assertThat(months.getBoolean("months[0].shortfall")).isTrue();
        assertThat(months.getInt("months[0].planned")).isZero();
        assertThat(months.getString("months[0].monthAhead")).isEqualTo("missed");
        assertThat(months.getString("months[0].reason")).isEqualTo("0 appointments planned against a minimum of 4: short by 4");
        assertThat(months.getBoolean("months[2].shortfall")).isFalse();
        assertThat(months.getInt("months[2].planned")).isEqualTo(4);
        assertThat(months.getString("months[2].monthAhead")).isEqualTo("met");

        // by default: from the order's first month to next month
        assertThat(frequency(supervised, "").getList("months.month")).hasSize(5);

        given().auth().oauth2(supervised.caseManagerToken()).queryParam("month", lastMonth.toString())
                .get("/api/compliance/contact-shortfalls").then().statusCode(200)
                .body("find { it.orderId == '" + supervised.orderId() + "' }.rules", equalTo(java.util.List.of("CMP-9", "MIL-12")))
                .body("find { it.orderId == '" + supervised.orderId() + "' }.month.minimum", equalTo(4));
        String teamManager = TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team(Supervision.TEAM)
                .roles("team-manager").sign();
        given().auth().oauth2(teamManager).queryParam("month", nextMonth.toString()).queryParam("scope", "team")
                .get("/api/compliance/contact-shortfalls").then().statusCode(200)
                .body("orderId", not(hasItem(supervised.orderId().toString())));
        given().auth().oauth2(teamManager).queryParam("month", lastMonth.toString()).queryParam("scope", "team")
                .get("/api/compliance/contact-shortfalls").then().statusCode(200)
                .body("orderId", hasItem(supervised.orderId().toString()));
    }

    @Test
    @DisplayName("CMP-9: each attendance recorded sends its month's contacts counted against the case's minimum "
            + "(contact-month.counted), as the case's own view counts them")
    void eachAttendanceCountsTheMonth() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        Supervision.missed(supervised, 200);
        Instant starts = TestClock.now().minusSeconds(100).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String attended = given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                        "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(201)
                .extract().path("appointment.id");
        given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON).body(Map.of("attended", true))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments/" + attended + "/attendance")
                .then().statusCode(200);

        java.util.function.Function<List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>>, List<ContactMonthCounted>>
                ofCase = records -> records.stream().filter(r -> supervised.caseId().toString().equals(r.key()))
                        .map(r -> EventJson.read(r.value())).filter(e -> "contact-month.counted".equals(e.type()))
                        .map(e -> e.dataAs(ContactMonthCounted.class)).toList();
        List<ContactMonthCounted> counted = ofCase.apply(kafka.readUntil(Topics.COMPLIANCE,
                records -> ofCase.apply(records).size() >= 2, Duration.ofSeconds(30)));
        YearMonth month = YearMonth.from(starts.atZone(LONDON));
        assertThat(counted).extracting(ContactMonthCounted::planned, ContactMonthCounted::attended, ContactMonthCounted::missed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0, 1), org.assertj.core.groups.Tuple.tuple(2, 1, 1));
        JsonPath view = frequency(supervised, "?from=" + month + "&to=" + month);
        ContactMonthCounted latest = counted.get(1);
        assertThat(latest.orderId()).isEqualTo(supervised.orderId());
        assertThat(latest.month()).isEqualTo(month.toString());
        assertThat(latest.scaledApproach()).isEqualTo(ScaledApproach.STANDARD);
        assertThat(latest.minimum()).isEqualTo(view.getInt("months[0].minimum"));
        assertThat(latest.shortfall()).isEqualTo(view.getBoolean("months[0].shortfall"));
    }

    @Test
    @DisplayName("CMP-9: an authority's own minimum stands over the default; another authority's case is not found; bad months are 400")
    void authorityPolicyIsolationAndBadInput() {
        LocalDate today = TestClock.today();
        SupervisedCase bracknell = Supervision.underOrder(kafka, "bracknell-forest", today.minusMonths(1), today.plusMonths(6), false);
        JsonPath months = frequency(bracknell, "");
        assertThat(months.getString("minimum.level")).isEqualTo("standard");
        assertThat(months.getInt("minimum.perMonth")).isEqualTo(3);
        assertThat(months.getString("minimum.source")).isEqualTo("bracknell-forest's policy; no assessment yet, so standard");

        String stranger = TestTokens.token("wokingham", "team-manager");
        given().auth().oauth2(stranger).get("/api/compliance/cases/" + bracknell.caseId() + "/orders/" + bracknell.orderId()
                + "/contact-frequency").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).queryParam("scope", "authority").get("/api/compliance/contact-shortfalls").then()
                .statusCode(200).body("caseId", not(hasItem(bracknell.caseId().toString())));

        given().auth().oauth2(bracknell.caseManagerToken()).queryParam("from", "2026-13")
                .get("/api/compliance/cases/" + bracknell.caseId() + "/orders/" + bracknell.orderId() + "/contact-frequency")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("from"));
        given().auth().oauth2(bracknell.caseManagerToken()).queryParam("from", "2027-05").queryParam("to", "2027-04")
                .get("/api/compliance/cases/" + bracknell.caseId() + "/orders/" + bracknell.orderId() + "/contact-frequency")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(bracknell.caseManagerToken()).queryParam("month", "November")
                .get("/api/compliance/contact-shortfalls").then().statusCode(400).body("violations[0].field", equalTo("month"));
        given().auth().oauth2(bracknell.caseManagerToken()).queryParam("scope", "authority")
                .get("/api/compliance/contact-shortfalls").then().statusCode(403);
    }
}
