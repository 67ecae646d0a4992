package org.youthjustice.reporting.timeliness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.events.transfers.TransferTimeLimit;
import org.youthjustice.events.victims.VictimTimeLimit;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneNotApplicable;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.reporting.ReportingServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * The timeliness figures from order-service's milestone events, through the real Kafka broker and the inbox into
 * PostgreSQL, read through the API by managers of two authorities and a partnership analyst. The test clock stands at
 * 2026-11-24 10:00 (TestClock.START); each test counts its own months, so that they do not meet.
 */
@QuarkusTest
@TestProfile(ReportingServiceInfrastructure.class)
class TimelinessTest {
    private static final String ROOT = "/api/reporting/timeliness";
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static String manager(String authority) {
        return TestTokens.forSubject("service-manager-" + UUID.randomUUID()).authority(authority).roles("service-manager").sign();
    }

    private static String analyst(String authority) {
        return TestTokens.forSubject("analyst-" + UUID.randomUUID()).authority(authority).roles("partnership-analyst").sign();
    }

    private void publish(String authority, UUID caseId, EventData data) {
        EventEnvelope event = EventEnvelope.wrap(data, "order-service", TestClock.now(), authority, caseId);
        kafka.publish(Topics.ORDERS, caseId.toString(), EventJson.write(event));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Moments.UK).toInstant();
    }

    /** A milestone of {@code rule} due {@code due} for a new case of {@code authority}, set; its id. */
    private UUID set(String authority, String team, String rule, LocalDate due) {
        UUID id = UUID.randomUUID();
        publish(authority, caseOf(id), new MilestoneSet(id, UUID.randomUUID(), rule, "step", due.minusDays(15).atStartOfDay(Moments.UK)
                .toInstant(), due, endOf(due), team, UUID.randomUUID()));
        return id;
    }

    /** Each milestone gets a case of its own: the drill-down shows which. */
    private final Map<UUID, UUID> cases = new java.util.concurrent.ConcurrentHashMap<>();

    private UUID caseOf(UUID milestone) {
        return cases.computeIfAbsent(milestone, m -> UUID.randomUUID());
    }

    private void met(String authority, String team, String rule, UUID id, LocalDate due, Instant at) {
        publish(authority, caseOf(id), new MilestoneMet(id, rule, "step", due, endOf(due), at, !at.isAfter(endOf(due)), team, null));
    }

    private void notApplicable(String authority, String team, String rule, UUID id, LocalDate due, String reason) {
        publish(authority, caseOf(id), new MilestoneNotApplicable(id, rule, "step", due, reason, TestClock.now(), team));
    }

    /**
     * In November 2026, MIL-4: wokingham's community orders team 6 met on time, 2 late, 1 overdue (due 20 November),
     * 1 not yet due (28 November), 1 not applicable; reading's 7 on time and 1 late. Returns wokingham's overdue one.
     */
    private UUID november() {
        LocalDate due = LocalDate.of(2026, 11, 10);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID id = set("wokingham", "community-orders", "MIL-4", due);
            met("wokingham", "community-orders", "MIL-4", id, due, i < 6 ? endOf(due.minusDays(2)) : endOf(due.plusDays(3)));
            ids.add(id);
        }
        UUID overdue = set("wokingham", "community-orders", "MIL-4", LocalDate.of(2026, 11, 20));
        set("wokingham", "community-orders", "MIL-4", LocalDate.of(2026, 11, 28));
        UUID revoked = set("wokingham", "community-orders", "MIL-4", due);
        notApplicable("wokingham", "community-orders", "MIL-4", revoked, due, "order revoked");
        for (int i = 0; i < 8; i++) {
            UUID id = set("reading", "east", "MIL-4", due);
            met("reading", "east", "MIL-4", id, due, i < 7 ? endOf(due) : endOf(due.plusDays(1)));
        }
        // a redelivered event changes nothing (the inbox applies each event once)
        EventEnvelope again = EventEnvelope.wrap(new MilestoneSet(UUID.randomUUID(), null, "MIL-4", "step", TestClock.now(), due,
                endOf(due), "east", null), "order-service", TestClock.now(), "reading", UUID.randomUUID());
        kafka.publish(Topics.ORDERS, again.caseId().toString(), EventJson.write(again));
        kafka.publish(Topics.ORDERS, again.caseId().toString(), EventJson.write(again));
        return overdue;
    }

    /** Waits until the caller's drill-down for {@code query} lists exactly {@code ids}. */
    private static void awaitCases(String token, String query, UUID... ids) {
        List<String> expected = java.util.Arrays.stream(ids).map(UUID::toString).sorted().toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get(ROOT + "/cases?" + query).then()
                .statusCode(200).extract().jsonPath().getList("timeLimitId", String.class).stream().sorted().toList()
                .equals(expected));
    }

    private static JsonPath figures(String token, String query) {
        return given().auth().oauth2(token).get(query.isEmpty() ? ROOT : ROOT + "?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath figures, String authority) {
        return figures.getMap("rows.find { it.authority == '" + authority + "' }");
    }

    @Test
    @DisplayName("milestones met and missed in two authorities appear in the month's figures: a manager sees their own in "
            + "full, the other authority's and the partnership's with counts below 5 suppressed")
    void monthsFiguresForAManager() {
        november();
        String wokingham = manager("wokingham");
        // the cases' events arrive on several partitions, in no order between cases: wait for the last of each kind
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath now = figures(wokingham, "from=2026-11&to=2026-11&rule=MIL-4");
            Map<String, Object> own = row(now, "wokingham");
            Map<String, Object> reading = row(now, "reading");
            return own != null && reading != null && Integer.valueOf(9).equals(reading.get("due"))
                    && Integer.valueOf(7).equals(reading.get("metOnTime")) && Integer.valueOf(10).equals(own.get("due"))
                    && Integer.valueOf(6).equals(own.get("metOnTime")) && Integer.valueOf(2).equals(own.get("metLate"))
                    && Integer.valueOf(1).equals(own.get("notApplicable"));
        });
        JsonPath byAuthority = figures(wokingham, "from=2026-11&to=2026-11&rule=MIL-4");
        assertThat(byAuthority.getString("level")).isEqualTo("authority");
        assertThat(byAuthority.getString("latestEvent")).isNotNull();
        Map<String, Object> own = row(byAuthority, "wokingham");
        assertThat(own).containsEntry("due", 10).containsEntry("metOnTime", 6).containsEntry("metLate", 2)
                .containsEntry("overdue", 1).containsEntry("notYetDue", 1).containsEntry("notApplicable", 1)
                .containsEntry("onTimeRate", 0.667f).containsEntry("suppressed", List.of());
        assertThat(byAuthority.getList("rows.find { it.authority == 'wokingham' }.notApplicableReasons.reason"))
                .containsExactly("order revoked");
        // reading: 8 plus the one set twice (counted once)
        Map<String, Object> other = row(byAuthority, "reading");
        assertThat(other).containsEntry("due", 9).containsEntry("metOnTime", 7).containsEntry("metLate", null)
                .containsEntry("overdue", null).containsEntry("notYetDue", null)
                .containsEntry("suppressed", List.of("metLate", "overdue", "notYetDue", "notApplicable"));

        JsonPath partnership = figures(wokingham, "level=partnership&from=2026-11&to=2026-11&rule=MIL-4");
        assertThat(partnership.getList("rows")).hasSize(1);
        assertThat(partnership.getMap("rows[0]")).containsEntry("authority", null).containsEntry("due", 19)
                .containsEntry("metOnTime", 13).containsEntry("metLate", null);
    }

    @Test
    @DisplayName("a partnership analyst sees every authority's and team's figures with every count below 5 suppressed, "
            + "and no case")
    void analystSeesAggregatesOnly() {
        LocalDate due = LocalDate.of(2026, 9, 15);
        for (int i = 0; i < 6; i++) {
            UUID id = set("wokingham", "community-orders", "MIL-6", due);
            met("wokingham", "community-orders", "MIL-6", id, due, endOf(due.minusDays(1)));
        }
        UUID late = set("wokingham", "community-orders", "MIL-6", due);
        met("wokingham", "community-orders", "MIL-6", late, due, endOf(due.plusDays(5)));
        String analyst = analyst("wokingham");
        String manager = manager("wokingham");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> row = row(figures(manager, "from=2026-09&to=2026-09&rule=MIL-6"), "wokingham");
            return row != null && Integer.valueOf(6).equals(row.get("metOnTime")) && Integer.valueOf(1).equals(row.get("metLate"));
        });
        Map<String, Object> own = row(figures(analyst, "from=2026-09&to=2026-09&rule=MIL-6"), "wokingham");
        assertThat(own).as("not even their own authority in full").containsEntry("metOnTime", 6).containsEntry("metLate", null)
                .containsEntry("onTimeRate", null);
        JsonPath teams = figures(analyst, "level=team&authority=wokingham&from=2026-09&to=2026-09&rule=MIL-6");
        assertThat(teams.getList("rows.team")).containsExactly("community-orders");
        assertThat(teams.getList("rows.metLate")).containsExactly((Object) null);

        given().auth().oauth2(analyst).get(ROOT + "/cases?month=2026-09").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(analyst).get(ROOT + ".csv?from=2026-09&to=2026-09&rule=MIL-6").then().statusCode(200)
                .contentType("text/csv")
                .body(org.hamcrest.Matchers.containsString("2026-09,MIL-6,wokingham,,7,6,fewer than 5,fewer than 5,"));
    }

    @Test
    @DisplayName("a manager drills down to the cases behind their own authority's figures, and never sees another's")
    void casesOfTheOwnAuthorityOnly() {
        LocalDate due = LocalDate.of(2026, 8, 12);
        UUID overdue = set("wokingham", "community-orders", "MIL-5", due);
        UUID met = set("wokingham", "community-orders", "MIL-5", due);
        met("wokingham", "community-orders", "MIL-5", met, due, endOf(due));
        UUID readings = set("reading", "east", "MIL-5", due);
        String wokingham = manager("wokingham");
        awaitCases(wokingham, "month=2026-08&rule=MIL-5&status=met-on-time", met);
        awaitCases(wokingham, "month=2026-08&rule=MIL-5", overdue, met);
        given().auth().oauth2(wokingham).get(ROOT + "/cases?month=2026-08&rule=MIL-5&status=overdue").then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("timeLimitId", contains(overdue.toString()))
                .body("caseId", contains(caseOf(overdue).toString()))
                .body("status", contains("overdue"))
                .body("metAt", contains(nullValue()));
        awaitCases(manager("reading"), "month=2026-08&rule=MIL-5", readings);
        // a team manager may drill down as well; a case worker reads no partnership figures at all
        String teamManager = TestTokens.forSubject("tm-" + UUID.randomUUID()).authority("wokingham").roles("team-manager").sign();
        given().auth().oauth2(teamManager).get(ROOT + "/cases?month=2026-08&rule=MIL-5&team=community-orders").then()
                .statusCode(200).header("X-Total-Count", "2");
        String caseWorker = TestTokens.forSubject("cw-" + UUID.randomUUID()).authority("wokingham").roles("case-worker").sign();
        given().auth().oauth2(caseWorker).get(ROOT + "?from=2026-08&to=2026-08").then().statusCode(403);
        given().auth().oauth2(caseWorker).get(ROOT + "/cases?month=2026-08").then().statusCode(403);
    }

    @Test
    @DisplayName("an open time limit moves with its case to another authority; one met before the move stays with the "
            + "authority that met it")
    void openTimeLimitsFollowTheCase() {
        LocalDate due = LocalDate.of(2026, 7, 14);
        UUID open = set("wokingham", "community-orders", "MIL-7", due);
        UUID closed = set("wokingham", "community-orders", "MIL-7", due);
        met("wokingham", "community-orders", "MIL-7", closed, due, endOf(due));
        // order-service moves the case: its open milestones are set again under the receiving authority, with no team
        publish("reading", caseOf(open), new MilestoneSet(open, UUID.randomUUID(), "MIL-7", "step", TestClock.now(), due, endOf(due),
                null, null));
        String reading = manager("reading");
        String wokingham = manager("wokingham");
        awaitCases(reading, "month=2026-07&rule=MIL-7", open);
        given().auth().oauth2(reading).get(ROOT + "/cases?month=2026-07&rule=MIL-7").then()
                .body("timeLimitId", contains(open.toString())).body("team", contains(nullValue()));
        awaitCases(wokingham, "month=2026-07&rule=MIL-7&status=met-on-time", closed);
        awaitCases(wokingham, "month=2026-07&rule=MIL-7", closed);
        JsonPath teams = figures(reading, "level=team&authority=reading&from=2026-07&to=2026-07&rule=MIL-7");
        assertThat(teams.getList("rows.teamless")).containsExactly(true);
        assertThat(teams.getList("rows.overdue")).containsExactly(1);
        // a late "set" of the one already met (an allocation announced after the meeting) does not reopen it
        publish("wokingham", caseOf(closed), new MilestoneSet(closed, UUID.randomUUID(), "MIL-7", "step", TestClock.now(), due,
                endOf(due), "other-team", null));
        // then another milestone of the same case: once it is seen, the one before it (same partition) was applied
        UUID marker = UUID.randomUUID();
        publish("wokingham", caseOf(closed), new MilestoneSet(marker, UUID.randomUUID(), "MIL-7", "step", TestClock.now(), due,
                endOf(due), "community-orders", null));
        awaitCases(wokingham, "month=2026-07&rule=MIL-7", closed, marker);
        given().auth().oauth2(wokingham).get(ROOT + "/cases?month=2026-07&rule=MIL-7&status=met-on-time").then()
                .body("timeLimitId", contains(closed.toString())).body("team", contains("community-orders"));
    }

    /** compliance-service's CMP-4 follow-up of a new case of {@code authority}, as it stands ({@code status}); its id. */
    private UUID followUp(String authority, UUID id, LocalDate due, Status status, Instant at, String reason) {
        Instant dueAt = endOf(due);
        ComplianceTimeLimit limit = new ComplianceTimeLimit(id, "CMP-4", "follow-up", dueAt.minus(Duration.ofDays(1)), due,
                dueAt, status, status == Status.MET ? at : null, status == Status.MET ? !at.isAfter(dueAt) : null, reason,
                status == Status.NOT_APPLICABLE ? at : null, "community-orders", UUID.randomUUID());
        publish(Topics.COMPLIANCE, "compliance-service", authority, caseOf(id), limit);
        return id;
    }

    private void publish(String topic, String source, String authority, UUID caseId, EventData data) {
        EventEnvelope event = EventEnvelope.wrap(data, source, TestClock.now(), authority, caseId);
        kafka.publish(topic, caseId.toString(), EventJson.write(event));
    }

    @Test
    @DisplayName("CMP-4: compliance-service's follow-up time limits count like the case plan's: opened, met on time or "
            + "late, closed as not applicable with the reason; one met after it was opened is counted once")
    void complianceTimeLimits() {
        LocalDate due = LocalDate.of(2026, 5, 12);
        for (int i = 0; i < 6; i++) {
            UUID id = followUp("wokingham", UUID.randomUUID(), due, Status.OPEN, null, null);
            followUp("wokingham", id, due, Status.MET, i < 5 ? endOf(due.minusDays(1)) : endOf(due.plusDays(2)), null);
        }
        UUID judged = followUp("wokingham", UUID.randomUUID(), due, Status.OPEN, null, null);
        followUp("wokingham", judged, due, Status.NOT_APPLICABLE, endOf(due.minusDays(1)),
                "the absence was judged unacceptable before a follow-up was recorded");
        UUID overdue = followUp("wokingham", UUID.randomUUID(), due, Status.OPEN, null, null);
        String wokingham = manager("wokingham");
        awaitCases(wokingham, "month=2026-05&rule=CMP-4&status=overdue", overdue);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> own = row(figures(wokingham, "from=2026-05&to=2026-05&rule=CMP-4"), "wokingham");
            return own != null && Integer.valueOf(1).equals(own.get("notApplicable")) && Integer.valueOf(1).equals(own.get("metLate"))
                    && Integer.valueOf(5).equals(own.get("metOnTime"));
        });
        Map<String, Object> own = row(figures(wokingham, "from=2026-05&to=2026-05&rule=CMP-4"), "wokingham");
        assertThat(own).containsEntry("due", 7).containsEntry("metOnTime", 5).containsEntry("metLate", 1)
                .containsEntry("overdue", 1).containsEntry("notYetDue", 0).containsEntry("notApplicable", 1);
        assertThat(figures(wokingham, "from=2026-05&to=2026-05&rule=CMP-4")
                .getList("rows.find { it.authority == 'wokingham' }.notApplicableReasons.reason"))
                .containsExactly("the absence was judged unacceptable before a follow-up was recorded");
        given().auth().oauth2(wokingham).get(ROOT + "/cases?month=2026-05&rule=CMP-4&status=overdue").then()
                .body("step", contains("follow-up")).body("team", contains("community-orders"));
    }

    @Test
    @DisplayName("TRF-7, VIC-1: transfer-service's and victim-service's time limits reach the figures from their own topics, "
            + "each counted for the authority its event names")
    void transferAndVictimTimeLimits() {
        LocalDate due = LocalDate.of(2026, 4, 14);
        Instant dueAt = endOf(due);
        UUID confirmation = UUID.randomUUID();
        publish(Topics.TRANSFERS, "transfer-service", "reading", UUID.randomUUID(), new TransferTimeLimit(confirmation, "TRF-7",
                "supervision-requirements-confirmed", dueAt.minus(Duration.ofDays(2)), due, dueAt, Status.MET,
                dueAt.minus(Duration.ofHours(3)), true, null, null, null, null));
        UUID contact = UUID.randomUUID();
        publish(Topics.VICTIMS, "victim-service", "wokingham", UUID.randomUUID(), new VictimTimeLimit(contact, "VIC-1",
                "victim-contact", dueAt.minus(Duration.ofDays(7)), due, dueAt, Status.OPEN, null, null, null, null, "rj-team",
                UUID.randomUUID()));
        awaitCases(manager("reading"), "month=2026-04&rule=TRF-7&status=met-on-time", confirmation);
        awaitCases(manager("wokingham"), "month=2026-04&rule=VIC-1&status=overdue", contact);
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/cases?month=2026-04&rule=VIC-1").then()
                .body("step", contains("victim-contact")).body("team", contains("rj-team"));
    }

    @Test
    @DisplayName("bad criteria are answered 400 with every field listed, and nothing is read")
    void badCriteria() {
        given().auth().oauth2(manager("wokingham")).get(ROOT + "?level=county&from=2026-13&to=2026-11&rule=mil4&authority=Bad Name")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("level", "from", "rule", "authority"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "?from=2020-01&to=2026-11").then().statusCode(400)
                .body("violations.field", contains("from"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "?level=team").then().statusCode(400)
                .body("violations.field", contains("authority"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "/cases?status=late&limit=0").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("month", "status", "limit"));
        given().auth().oauth2(manager("wokingham")).get(ROOT + "?from=2026-11&to=2026-10").then().statusCode(400)
                .body("violations[0].message", equalTo("must not be after to"));
    }

    @Test
    @DisplayName("the figures default to the twelve months up to this month on the platform's clock")
    void defaultMonths() {
        TestClock.set(LocalDate.of(2027, 3, 2), LocalTime.NOON);
        try {
            JsonPath figures = figures(analyst("reading"), "");
            assertThat(figures.getString("from")).isEqualTo("2026-04");
            assertThat(figures.getString("to")).isEqualTo("2027-03");
        } finally {
            TestClock.set(TestClock.START);
        }
    }
}
