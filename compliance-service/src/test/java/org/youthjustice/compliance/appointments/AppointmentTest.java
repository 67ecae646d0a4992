package org.youthjustice.compliance.appointments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.AppointmentMissed;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class AppointmentTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static final LocalDate ORDER_ENDS = TestClock.START_DAY.plusMonths(6);

    private SupervisedCase underOrder() {
        return Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2), ORDER_ENDS, false);
    }

    private static Response post(String token, SupervisedCase supervised, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments" + path);
    }

    private static Map<String, Object> appointment(SupervisedCase supervised, Instant startsAt) {
        return new HashMap<>(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision",
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(),
                "place", "YJS office, Station Road"));
    }

    /** An appointment that started a minute ago: scheduling allows for clocks a few minutes apart. */
    private static Instant justStarted() {
        return TestClock.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    @DisplayName("CMP-1: an appointment rescheduled before it starts, with its reason, gives way to the new one")
    void reschedulingBeforeTheStart() {
        SupervisedCase supervised = underOrder();
        Instant tomorrow = TestClock.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        String id = post(supervised.caseManagerToken(), supervised, "", appointment(supervised, tomorrow)).then().statusCode(201)
                .body("appointment.status", equalTo("scheduled")).extract().path("appointment.id");
        post(supervised.caseManagerToken(), supervised, "", appointment(supervised, tomorrow)).then().statusCode(200)
                .body("duplicate", equalTo(true)).body("appointment.id", equalTo(id));

        Instant later = tomorrow.plus(Duration.ofDays(1));
        post(supervised.caseManagerToken(), supervised, "/" + id + "/rescheduling", Map.of("startsAt", later.toString(),
                "endsAt", later.plus(Duration.ofHours(1)).toString()))
                .then().statusCode(400).body("violations.field", contains("reason"));
        String next = post(supervised.caseManagerToken(), supervised, "/" + id + "/rescheduling", Map.of("startsAt", later.toString(),
                "endsAt", later.plus(Duration.ofHours(1)).toString(), "reason", "School parents' evening"))
                .then().statusCode(201).body("status", equalTo("scheduled")).body("rescheduledFrom", equalTo(id))
                .extract().path("id");

        given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(200)
                .body("id", contains(id, next)).body("status", contains("rescheduled", "scheduled"))
                .body("[0].rescheduleReason", equalTo("School parents' evening")).body("[0].rescheduledTo", equalTo(next));
        // the old time is free again for another appointment of that kind
        post(supervised.caseManagerToken(), supervised, "", appointment(supervised, tomorrow)).then().statusCode(201);
    }

    @Test
    @DisplayName("CMP-1: a missed appointment is announced once and can never be rescheduled (409 naming CMP-1); "
            + "nor can one that has started")
    void aMissedAppointmentIsNeverRescheduled() {
        SupervisedCase supervised = underOrder();
        String started = post(supervised.caseManagerToken(), supervised, "", appointment(supervised, justStarted()))
                .then().statusCode(201).extract().path("appointment.id");
        Map<String, Object> rescheduling = Map.of("startsAt", TestClock.now().plus(Duration.ofDays(2)).toString(),
                "endsAt", TestClock.now().plus(Duration.ofDays(2)).plus(Duration.ofHours(1)).toString(), "reason", "Forgot");

        post(supervised.caseManagerToken(), supervised, "/" + started + "/rescheduling", rescheduling).then().statusCode(409)
                .contentType(PROBLEM).body("violations[0].rule", equalTo("CMP-1"));
        post(supervised.caseManagerToken(), supervised, "/" + started + "/attendance", Map.of("attended", false, "note", "No show"))
                .then().statusCode(200).body("appointment.status", equalTo("missed")).body("duplicate", equalTo(false));
        post(supervised.caseManagerToken(), supervised, "/" + started + "/attendance", Map.of("attended", false))
                .then().statusCode(200).body("duplicate", equalTo(true));
        post(supervised.caseManagerToken(), supervised, "/" + started + "/rescheduling", rescheduling).then().statusCode(409)
                .body("violations[0].rule", equalTo("CMP-1"))
                .body("violations[0].message", equalTo("a missed appointment is never rescheduled: record its absence as acceptable or not"));

        List<AppointmentMissed> missed = kafka.readUntil(Topics.COMPLIANCE,
                        records -> records.stream().anyMatch(r -> r.value().contains(started)), Duration.ofSeconds(30)).stream()
                .map(r -> EventJson.read(r.value())).filter(e -> "appointment.missed".equals(e.type()))
                .map(e -> e.dataAs(AppointmentMissed.class)).filter(m -> m.appointmentId().toString().equals(started)).toList();
        assertThat(missed).singleElement().satisfies(m -> assertThat(m.orderId()).isEqualTo(supervised.orderId()));
    }

    @Test
    @DisplayName("CMP-1: two people recording the same appointment at once: one record stands, the other is told 409")
    void concurrentAttendance() {
        SupervisedCase supervised = underOrder();
        String id = post(supervised.caseManagerToken(), supervised, "", appointment(supervised, justStarted()))
                .then().statusCode(201).extract().path("appointment.id");

        CompletableFuture<Integer> attended = CompletableFuture.supplyAsync(() -> post(supervised.caseManagerToken(), supervised,
                "/" + id + "/attendance", Map.of("attended", true)).statusCode());
        CompletableFuture<Integer> missed = CompletableFuture.supplyAsync(() -> post(MANAGER, supervised,
                "/" + id + "/attendance", Map.of("attended", false)).statusCode());

        assertThat(List.of(attended.join(), missed.join())).containsExactlyInAnyOrder(200, 409);
        given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then()
                .body("status", hasSize(1));
    }

    @Test
    @DisplayName("MIL-12: a weekly series for the month ahead skips Christmas Day and New Year's Day, and says so")
    void aSeriesSkipsBankHolidays() {
        TestClock.today("2026-11-24");
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", LocalDate.parse("2026-10-24"),
                LocalDate.parse("2028-11-23"), false);
        // weekly on Fridays from three weeks before Christmas 2026 to New Year's Day, at 4pm (GMT in winter)
        LocalDate christmas = LocalDate.parse("2026-12-25");
        LocalDate first = LocalDate.parse("2026-12-04");
        LocalDate newYear = LocalDate.parse("2027-01-01");
        Map<String, Object> series = Map.of("orderId", supervised.orderId().toString(), "kind", "supervision",
                "firstStartsAt", first + "T16:00:00Z", "minutes", 60, "everyDays", 7, "until", newYear.toString(),
                "place", "YJS office");

        post(supervised.caseManagerToken(), supervised, "/series", series).then().statusCode(201)
                .body("scheduled.startsAt", contains(first + "T16:00:00Z", first.plusDays(7) + "T16:00:00Z",
                        first.plusDays(14) + "T16:00:00Z"))
                .body("skipped.date", contains(christmas.toString(), newYear.toString()))
                .body("skipped.reason", contains("a bank holiday", "a bank holiday"));
        // again: everything is already there
        post(supervised.caseManagerToken(), supervised, "/series", series).then().statusCode(201)
                .body("scheduled", hasSize(0)).body("skipped", hasSize(5));
        given().auth().oauth2(MANAGER).queryParam("from", first.plusDays(1).toString()).queryParam("to", christmas.toString())
                .get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(200)
                .body("startsAt", contains(first.plusDays(7) + "T16:00:00Z", first.plusDays(14) + "T16:00:00Z"));
    }

    @Test
    void badInputRolesAndOtherAuthorities() {
        SupervisedCase supervised = underOrder();
        Instant tomorrow = TestClock.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);

        Map<String, Object> backwards = appointment(supervised, tomorrow);
        backwards.put("endsAt", tomorrow.minus(Duration.ofHours(1)).toString());
        post(MANAGER, supervised, "", backwards).then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("endsAt"));
        post(MANAGER, supervised, "", appointment(supervised, ORDER_ENDS.plusDays(1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC)))
                .then().statusCode(400).body("violations.message", contains("the order is not in force on " + ORDER_ENDS.plusDays(1)));
        post(MANAGER, supervised, "", appointment(supervised, TestClock.now().minus(Duration.ofDays(1)))).then().statusCode(400)
                .body("violations.message", contains("appointments are scheduled ahead, not in the past"));
        Map<String, Object> otherOrder = appointment(supervised, tomorrow);
        otherOrder.put("orderId", UUID.randomUUID().toString());
        post(MANAGER, supervised, "", otherOrder).then().statusCode(400).body("violations.field", contains("orderId"));
        post(MANAGER, supervised, "", Map.of("kind", "supervision")).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("orderId", "startsAt", "endsAt", "place"));
        given().auth().oauth2(MANAGER).queryParam("from", "soon")
                .get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(400)
                .body("violations.field", contains("from"));

        // business support schedules on any case, but does not record attendance
        String id = post(TestTokens.token("wokingham", "business-support"), supervised, "", appointment(supervised, justStarted()))
                .then().statusCode(201).extract().path("appointment.id");
        post(TestTokens.token("wokingham", "business-support"), supervised, "/" + id + "/attendance", Map.of("attended", true))
                .then().statusCode(403);
        // a case worker in the team reads the case but does not act on it
        String teammate = TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team(Supervision.TEAM)
                .roles("case-worker").sign();
        given().auth().oauth2(teammate).get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(200);
        post(teammate, supervised, "/" + id + "/attendance", Map.of("attended", true)).then().statusCode(403).contentType(PROBLEM);
        // a case worker elsewhere does not see it
        String stranger = TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign();
        given().auth().oauth2(stranger).get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(404);

        String other = TestTokens.token("nottinghamshire", "team-manager");
        post(other, supervised, "", appointment(supervised, tomorrow)).then().statusCode(404).contentType(PROBLEM);
        post(other, supervised, "/" + id + "/attendance", Map.of("attended", true)).then().statusCode(404);
        given().auth().oauth2(other).get("/api/compliance/cases/" + supervised.caseId()).then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/api/compliance/cases/" + supervised.caseId() + "/appointments").then()
                .body("$", hasSize(1));
    }
}
