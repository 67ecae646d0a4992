package org.youthjustice.compliance.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

/**
 * The contact shortfall list (CMP-9, MIL-12), decided in the database for a whole authority at once: the same orders,
 * figures and rules as checking each order's month on its own (the order's contact-frequency, which the list used to
 * run once per order), paged, and never another authority's.
 */
@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class ContactShortfallTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String OCTOBER = "2026-10";

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** Appointments under the case's order at 4 pm on each of {@code days}, booked now. */
    private static void booked(SupervisedCase supervised, String... days) {
        for (String day : days) {
            Instant starts = LocalDate.parse(day).atTime(16, 0).atZone(LONDON).toInstant();
            given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                    .body(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                            "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office"))
                    .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(201);
        }
    }

    /** The order's October checked on its own: the computation the list made once per order. */
    private static JsonPath october(SupervisedCase supervised) {
        return given().auth().oauth2(supervised.caseManagerToken())
                .get("/api/compliance/cases/" + supervised.caseId() + "/orders/" + supervised.orderId()
                        + "/contact-frequency?from=" + OCTOBER + "&to=" + OCTOBER)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("CMP-9, MIL-12: an authority's orders short in October, found in one pass: the same orders, figures and "
            + "rules as each order checked alone, by case reference, paged; another authority's neither listed nor counted")
    void shortfallsAcrossTheAuthority() {
        String authority = Paging.freshAuthority("shortfalls");
        String elsewhere = Paging.freshAuthority("shortfalls-elsewhere");
        // on 20 September: the orders are made, and one has October booked already
        TestClock.set(LocalDate.parse("2026-09-20"), LocalTime.of(10, 0));
        SupervisedCase nothingBooked = Supervision.underOrder(kafka, authority, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-03-31"), false);
        SupervisedCase bookedAhead = Supervision.underOrder(kafka, authority, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-03-31"), false);
        SupervisedCase bookedLate = Supervision.underOrder(kafka, authority, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-03-31"), false);
        SupervisedCase startsMidMonth = Supervision.underOrder(kafka, authority, LocalDate.parse("2026-10-16"),
                LocalDate.parse("2027-03-31"), false);
        SupervisedCase endedBefore = Supervision.underOrder(kafka, authority, LocalDate.parse("2026-08-01"),
                LocalDate.parse("2026-09-30"), false);
        SupervisedCase theirs = Supervision.underOrder(kafka, elsewhere, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-03-31"), false);
        booked(bookedAhead, "2026-10-07", "2026-10-21");
        // on 5 October, after the month's first working day: enough, but booked late (MIL-12)
        TestClock.set(LocalDate.parse("2026-10-05"), LocalTime.of(10, 0));
        booked(bookedLate, "2026-10-20", "2026-10-27");
        TestClock.set(TestClock.START);

        String manager = TestTokens.token(authority, "team-manager");
        Response whole = Paging.list(manager, "/api/compliance/contact-shortfalls", Map.of("month", OCTOBER, "scope", "authority"));
        assertThat(Paging.total(whole)).isEqualTo(3);
        assertThat(whole.header("Link")).isNull();
        List<SupervisedCase> flagged = Stream.of(nothingBooked, bookedLate, startsMidMonth)
                .sorted(Comparator.comparing(supervised -> Supervision.reference(supervised.caseId()))).toList();
        JsonPath list = whole.jsonPath();
        assertThat(list.getList("orderId")).containsExactlyElementsOf(flagged.stream().map(s -> s.orderId().toString()).toList());
        assertThat(list.getList("caseReference"))
                .containsExactlyElementsOf(flagged.stream().map(s -> Supervision.reference(s.caseId())).toList());
        assertThat(list.getList("caseManager"))
                .containsExactlyElementsOf(flagged.stream().map(s -> s.caseManager().toString()).toList());
        // each as its order checked alone says, figures and all
        for (int i = 0; i < flagged.size(); i++) {
            JsonPath alone = october(flagged.get(i));
            assertThat(list.getMap("[" + i + "].month")).isEqualTo(alone.getMap("months[0]"));
            assertThat(list.getMap("[" + i + "].minimum")).isEqualTo(alone.getMap("minimum"));
            assertThat(list.getString("[" + i + "].team")).isEqualTo(Supervision.TEAM);
        }
        String path = "find { it.orderId == '%s' }.";
        assertThat(list.getList(path.formatted(nothingBooked.orderId()) + "rules")).containsExactly("CMP-9", "MIL-12");
        assertThat(list.getInt(path.formatted(nothingBooked.orderId()) + "month.minimum")).isEqualTo(2);
        assertThat(list.getList(path.formatted(bookedLate.orderId()) + "rules")).containsExactly("MIL-12");
        assertThat(list.getInt(path.formatted(bookedLate.orderId()) + "month.planned")).isEqualTo(2);
        assertThat(list.getInt(path.formatted(bookedLate.orderId()) + "month.scheduledByThen")).isZero();
        // 16 days of October's 31: 2 a month, rounded up; the month ahead does not apply to an order starting later
        assertThat(list.getList(path.formatted(startsMidMonth.orderId()) + "rules")).containsExactly("CMP-9");
        assertThat(list.getInt(path.formatted(startsMidMonth.orderId()) + "month.daysInForce")).isEqualTo(16);
        assertThat(list.getString(path.formatted(startsMidMonth.orderId()) + "month.monthAhead")).isEqualTo("not-applicable");
        // and those left out are so checked alone too
        assertThat(october(bookedAhead).getBoolean("months[0].shortfall")).isFalse();
        assertThat(october(bookedAhead).getString("months[0].monthAhead")).isEqualTo("met");
        assertThat(october(endedBefore).getList("months")).isEmpty();

        Response first = Paging.list(manager, "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER, "scope", "authority", "limit", "2"));
        assertThat(Paging.total(first)).isEqualTo(3);
        assertThat(first.jsonPath().getList("$")).isEqualTo(list.getList("$").subList(0, 2));
        Paging.assertLink(first, "next", 2, 2);
        assertThat(Paging.link(first, "prev")).isNull();
        Response last = Paging.list(manager, "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER, "scope", "authority", "limit", "2", "offset", "2"));
        assertThat(last.jsonPath().getList("$")).isEqualTo(list.getList("$").subList(2, 3));
        Paging.assertLink(last, "prev", 0, 2);
        assertThat(Paging.link(last, "next")).isNull();
        // past the end: no shortfalls on the page, the list's size still told
        Response beyond = Paging.list(manager, "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER, "scope", "authority", "limit", "2", "offset", "4"));
        assertThat(beyond.jsonPath().getList("$")).isEmpty();
        assertThat(Paging.total(beyond)).isEqualTo(3);
        // the case manager's own and the team's lists count the same orders here
        assertThat(Paging.total(Paging.list(nothingBooked.caseManagerToken(), "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER)))).isEqualTo(1);
        assertThat(Paging.total(Paging.list(nothingBooked.caseManagerToken(), "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER, "scope", "team")))).isEqualTo(3);

        Response other = Paging.list(TestTokens.token(elsewhere, "team-manager"), "/api/compliance/contact-shortfalls",
                Map.of("month", OCTOBER, "scope", "authority"));
        assertThat(Paging.total(other)).isEqualTo(1);
        assertThat(other.jsonPath().getList("orderId")).containsExactly(theirs.orderId().toString());
        assertThat(list.getList("orderId")).doesNotContain(theirs.orderId().toString());
    }

    @Test
    @DisplayName("A bad limit or offset on the shortfall list is a 400 naming the field, listed with the other bad criteria")
    void badPagingIsRefused() {
        String manager = TestTokens.token("wokingham", "team-manager");
        Paging.assertBadPagingRefused(manager, "/api/compliance/contact-shortfalls", Map.of("scope", "authority"));
        given().auth().oauth2(manager).queryParam("month", "October").queryParam("limit", "0")
                .get("/api/compliance/contact-shortfalls").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("month", "limit"));
    }
}
