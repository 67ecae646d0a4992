package org.youthjustice.orders.caseplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.youthjustice.orders.CaseFixtures.allocate;
import static org.youthjustice.orders.CaseFixtures.allocation;
import static org.youthjustice.orders.CaseFixtures.awaitAllocation;
import static org.youthjustice.orders.CaseFixtures.eventsOf;
import static org.youthjustice.orders.CaseFixtures.eventsUntil;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.publish;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;
import static org.youthjustice.orders.CaseFixtures.view;
import static org.youthjustice.orders.CaseFixtures.worker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventData;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.events.orders.MilestoneMet;
import org.youthjustice.events.orders.MilestoneNotApplicable;
import org.youthjustice.events.orders.MilestoneSet;
import org.youthjustice.events.transfers.TransferCompleted;
import org.youthjustice.events.transfers.TransferDecision;
import org.youthjustice.events.transfers.TransferKind;
import org.youthjustice.events.transfers.TransferReviewed;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * The case plan's milestones announced as they change (milestone.set, milestone.met, milestone.not-applicable), read
 * from the broker as a read model would: through the outbox, in the transaction of the change.
 */
@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class MilestoneEventsTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static <T extends EventData> List<T> data(List<EventEnvelope> events, String type, Class<T> record) {
        return events.stream().filter(e -> type.equals(e.type())).map(e -> e.dataAs(record)).toList();
    }

    private static Map<String, Object> homeVisit(String at) {
        return Map.of("type", "home-visit", "occurredAt", at, "made", true, "present", List.of("child"));
    }

    private static void notApplicable(UUID milestoneId, String reason) {
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post("/api/orders/milestones/" + milestoneId + "/not-applicable")
                .then().statusCode(200);
    }

    private static UUID idOf(SentencedCase sentenced, String step) {
        return UUID.fromString(milestones(sentenced, step).get(0).get("id").toString());
    }

    /** order-service's events about a case, read from the broker until {@code done} holds of them (at most 30 seconds). */
    private List<EventEnvelope> caseEvents(UUID caseId, Predicate<List<EventEnvelope>> done) {
        Function<List<ConsumerRecord<String, String>>, List<EventEnvelope>> ofCase = records -> records.stream()
                .filter(r -> caseId.toString().equals(r.key())).map(r -> EventJson.read(r.value())).toList();
        return ofCase.apply(kafka.readUntil(Topics.ORDERS, records -> done.test(ofCase.apply(records)), Duration.ofSeconds(30)));
    }

    @Test
    @DisplayName("milestone.set: a youth rehabilitation order announces each milestone it starts, with its rule, step, due "
            + "date and time, and the order's team, to the authority holding it")
    void aYouthRehabilitationOrderAnnouncesEachMilestoneItStarts() {
        TestClock.today("2026-12-24");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-12-24", "2027-12-23");

        List<EventEnvelope> events = eventsOf(kafka, sentenced.caseId(), "milestone.set", 5);
        List<MilestoneSet> started = data(events, "milestone.set", MilestoneSet.class);

        // the same due dates as the case plan shows (CasePlanTest): the default policy from Christmas Eve 2026
        assertThat(started).extracting(MilestoneSet::rule, MilestoneSet::step, MilestoneSet::dueDate).containsExactlyInAnyOrder(
                tuple("MIL-4", "first-home-visit", LocalDate.parse("2027-01-08")),
                tuple("MIL-6", "intervention-plan", LocalDate.parse("2027-01-14")),
                tuple("MIL-5", "first-assessment-review", LocalDate.parse("2027-01-21")),
                tuple("MIL-7", "review-meeting", LocalDate.parse("2027-03-24")),
                tuple("MIL-11", "exit-interview-arrangement", LocalDate.parse("2027-12-09")));
        assertThat(started).allSatisfy(m -> {
            assertThat(m.orderId()).isEqualTo(sentenced.orderId());
            assertThat(m.team()).isEqualTo(CaseFixtures.TEAM); // the order's team until the case is allocated
            assertThat(m.responsibleWorker()).isNull();
            assertThat(m.triggeredAt()).isEqualTo(Instant.parse("2026-12-24T00:00:00Z"));
            assertThat(m.dueAt().atZone(LONDON).toLocalDate()).isEqualTo(m.dueDate());
        });
        assertThat(events).allSatisfy(e -> {
            assertThat(e.authority()).isEqualTo("wokingham");
            assertThat(e.caseId()).isEqualTo(sentenced.caseId());
        });
        // each is a milestone of the case plan, by its id
        assertThat(started).extracting(m -> m.milestoneId().toString()).containsExactlyInAnyOrderElementsOf(
                view("wokingham", sentenced.caseId()).<String>getList("milestones.id"));
    }

    @Test
    @DisplayName("milestone.met: a home visit meets its milestone, announced with when the visit happened and whether that "
            + "was on time, as the case plan's met or met-late; the next visit it starts is announced after it")
    void meetingAMilestoneAnnouncesWhetherItWasOnTime() {
        TestClock.today("2026-05-01");
        SentencedCase sentenced = sentencedYro("wokingham", "2026-05-01", "2026-10-15");
        UUID caseManager = UUID.randomUUID();
        allocate(kafka, sentenced, caseManager, Instant.parse("2026-05-01T08:30:00Z"));
        String token = worker("wokingham", caseManager, "case-worker");
        String contacts = "/api/orders/cases/" + sentenced.caseId() + "/contacts";

        // the first visit was due 15 days after the start, by the end of 16 May; made on 20 May: late
        TestClock.set("2026-05-20T12:00:00Z");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(homeVisit("2026-05-20T10:00:00Z")).post(contacts)
                .then().statusCode(201);
        // the next one, due 20 August, made on 10 August: on time
        TestClock.set("2026-08-10T12:00:00Z");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(homeVisit("2026-08-10T10:00:00Z")).post(contacts)
                .then().statusCode(201);

        List<EventEnvelope> events = caseEvents(sentenced.caseId(),
                read -> data(read, "milestone.met", MilestoneMet.class).stream().anyMatch(m -> m.step().equals("home-visit")));
        Map<String, MilestoneMet> met = data(events, "milestone.met", MilestoneMet.class).stream()
                .collect(Collectors.toMap(MilestoneMet::step, m -> m));

        MilestoneMet late = met.get("first-home-visit");
        assertThat(late.rule()).isEqualTo("MIL-4");
        assertThat(late.dueDate()).isEqualTo(LocalDate.parse("2026-05-16"));
        assertThat(late.dueAt().atZone(LONDON).toLocalDate()).isEqualTo(late.dueDate());
        assertThat(late.completedAt()).isEqualTo(Instant.parse("2026-05-20T10:00:00Z"));
        assertThat(late.onTime()).isFalse();
        assertThat(late.responsibleWorker()).isEqualTo(caseManager);
        assertThat(late.team()).isEqualTo(CaseFixtures.TEAM);
        MilestoneMet onTime = met.get("home-visit");
        assertThat(onTime.rule()).isEqualTo("MIL-4");
        assertThat(onTime.dueDate()).isEqualTo(LocalDate.parse("2026-08-20"));
        assertThat(onTime.completedAt()).isEqualTo(Instant.parse("2026-08-10T10:00:00Z"));
        assertThat(onTime.onTime()).isTrue();
        // the case plan says the same of them
        assertThat(milestones(sentenced, "first-home-visit").get(0)).containsEntry("status", "met-late")
                .containsEntry("id", late.milestoneId().toString());
        assertThat(milestones(sentenced, "home-visit").get(0)).containsEntry("status", "met")
                .containsEntry("id", onTime.milestoneId().toString());
        // the visit it started was announced once the first was met, in the same transaction
        List<String> order = events.stream().filter(e -> e.type().startsWith("milestone."))
                .map(e -> e.type() + " " + (e.type().equals("milestone.set") ? e.dataAs(MilestoneSet.class).milestoneId()
                        : e.type().equals("milestone.met") ? e.dataAs(MilestoneMet.class).milestoneId() : ""))
                .toList();
        assertThat(order.indexOf("milestone.met " + late.milestoneId()))
                .isLessThan(order.indexOf("milestone.set " + onTime.milestoneId())).isGreaterThanOrEqualTo(0);
    }

    @Test
    @DisplayName("milestone.not-applicable: a milestone closed as not applying to the child is announced with the reason, "
            + "when it was closed, and the team holding it")
    void aMilestoneThatDoesNotApplyIsAnnouncedWithItsReason() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        Map<String, Object> meeting = milestones(sentenced, "review-meeting").get(0);
        UUID id = UUID.fromString(meeting.get("id").toString());
        Instant before = TestClock.now();

        notApplicable(id, "Placed out of area; the host YOT holds the review.");

        List<EventEnvelope> events = eventsOf(kafka, sentenced.caseId(), "milestone.not-applicable", 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).authority()).isEqualTo("wokingham");
        MilestoneNotApplicable closed = events.get(0).dataAs(MilestoneNotApplicable.class);
        assertThat(closed.milestoneId()).isEqualTo(id);
        assertThat(closed.rule()).isEqualTo("MIL-7");
        assertThat(closed.step()).isEqualTo("review-meeting");
        assertThat(closed.dueDate()).hasToString(meeting.get("dueDate").toString());
        assertThat(closed.reason()).isEqualTo("Placed out of area; the host YOT holds the review.");
        assertThat(closed.closedAt()).isBetween(before, TestClock.now());
        assertThat(closed.team()).isEqualTo(CaseFixtures.TEAM);
    }

    @Test
    @DisplayName("milestone.set: an allocation (case.allocated consumed) announces each open milestone again, held by the "
            + "new worker and team, and the first contact it starts; a reallocation that changes no holder announces none")
    void anAllocationAnnouncesTheMilestonesItsWorkerNowHolds() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        Set<UUID> startedIds = data(eventsOf(kafka, sentenced.caseId(), "milestone.set", 5), "milestone.set", MilestoneSet.class)
                .stream().map(MilestoneSet::milestoneId).collect(Collectors.toSet());
        assertThat(startedIds).hasSize(5);
        UUID caseManager = UUID.randomUUID();

        EventEnvelope allocated = allocation(sentenced, caseManager, "north-team", Instant.parse("2026-11-23T09:00:00Z"));
        publish(kafka, allocated);
        awaitAllocation(sentenced, allocated.dataAs(CaseAllocated.class).allocationId());
        // the same case manager, in the same team: no milestone changes hands
        EventEnvelope unchanged = EventEnvelope.wrap(new CaseReallocated(UUID.randomUUID(),
                        List.of(new AllocatedWorker(caseManager, "case-manager")), "co-worker left", LocalDate.parse("2026-11-24"), null),
                "allocation-service", TestClock.now(), "wokingham", sentenced.caseId());
        publish(kafka, unchanged);
        awaitAllocation(sentenced, unchanged.dataAs(CaseReallocated.class).allocationId());
        // announced after everything above, on the case's partition
        notApplicable(idOf(sentenced, "review-meeting"), "Placed out of area; the host YOT holds the review.");

        List<MilestoneSet> sets = data(eventsUntil(kafka, sentenced.caseId(), "milestone.not-applicable"), "milestone.set",
                MilestoneSet.class);
        List<MilestoneSet> held = sets.stream().filter(m -> caseManager.equals(m.responsibleWorker())).toList();
        assertThat(sets).hasSize(5 + held.size());
        assertThat(held).hasSize(6).allSatisfy(m -> assertThat(m.team()).isEqualTo("north-team"));
        assertThat(held).filteredOn(m -> startedIds.contains(m.milestoneId())).extracting(MilestoneSet::milestoneId)
                .containsExactlyInAnyOrderElementsOf(startedIds);
        // MIL-2: first contact, started by the allocation, held by its worker from the start
        assertThat(held).filteredOn(m -> !startedIds.contains(m.milestoneId()))
                .extracting(MilestoneSet::rule, MilestoneSet::step, MilestoneSet::triggeredAt)
                .containsExactly(tuple("MIL-2", "first-contact", Instant.parse("2026-11-23T09:00:00Z")));
        // each announced as the case plan shows it now
        for (MilestoneSet m : held) {
            Map<String, Object> shown = view("wokingham", sentenced.caseId()).<Map<String, Object>>getList("milestones").stream()
                    .filter(v -> v.get("id").equals(m.milestoneId().toString())).findFirst().orElseThrow();
            assertThat(shown).containsEntry("team", "north-team").containsEntry("responsibleWorker", caseManager.toString())
                    .containsEntry("dueDate", m.dueDate().toString());
        }
    }

    @Test
    @DisplayName("milestone.set, TRF-1: a completed transfer announces the case's open milestones to the receiving authority, "
            + "held by no one there yet; its closed ones stay the home authority's history and are not announced again")
    void aCompletedTransferAnnouncesTheOpenMilestonesToTheReceivingAuthority() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-06-01", "2027-05-31");
        allocate(kafka, sentenced, UUID.randomUUID(), Instant.parse("2026-06-02T09:00:00Z"));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).contentType(ContentType.JSON)
                .body(homeVisit("2026-06-10T10:00:00Z")).post("/api/orders/cases/" + sentenced.caseId() + "/contacts")
                .then().statusCode(201);

        UUID transferId = UUID.randomUUID();
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(EventEnvelope.wrap(
                new TransferReviewed(transferId, TransferDecision.ACCEPTED, List.of("Complete and of good quality"),
                        TransferKind.FULL, "wokingham", "nottinghamshire"),
                "transfer-service", TestClock.now(), "wokingham", sentenced.caseId())));
        kafka.publish(Topics.TRANSFERS, sentenced.caseId().toString(), EventJson.write(EventEnvelope.wrap(
                new TransferCompleted(transferId, sentenced.caseId(), "wokingham", "nottinghamshire", LocalDate.parse("2026-11-20")),
                "transfer-service", TestClock.now(), "nottinghamshire", sentenced.caseId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager"))
                .get("/api/orders/cases/" + sentenced.caseId()).statusCode() == 200);

        List<Map<String, Object>> moved = view("nottinghamshire", sentenced.caseId()).getList("milestones");
        Set<String> open = moved.stream().filter(m -> Set.of("due", "overdue").contains(m.get("status")))
                .map(m -> m.get("id").toString()).collect(Collectors.toSet());
        Set<String> closed = moved.stream().map(m -> m.get("id").toString()).filter(id -> !open.contains(id))
                .collect(Collectors.toSet());
        assertThat(open).isNotEmpty();
        assertThat(closed).contains(idOf(sentencedIn("nottinghamshire", sentenced), "first-home-visit").toString()); // met in Wokingham

        List<EventEnvelope> received = caseEvents(sentenced.caseId(), read -> read.stream()
                .filter(e -> e.authority().equals("nottinghamshire") && e.type().equals("milestone.set")).count() >= open.size())
                .stream().filter(e -> e.authority().equals("nottinghamshire")).toList();
        List<MilestoneSet> sets = data(received, "milestone.set", MilestoneSet.class);
        assertThat(sets).extracting(m -> m.milestoneId().toString()).containsExactlyInAnyOrderElementsOf(open);
        assertThat(sets).allSatisfy(m -> {
            assertThat(m.team()).isNull();
            assertThat(m.responsibleWorker()).isNull();
            assertThat(m.orderId()).isEqualTo(sentenced.orderId());
        });
        // nothing else: the closed ones were announced to Wokingham when they closed
        assertThat(received).extracting(EventEnvelope::type).containsOnly("milestone.set");
    }

    /** The same case as another authority holds it. */
    private static SentencedCase sentencedIn(String authority, SentencedCase sentenced) {
        return new SentencedCase(authority, sentenced.caseId(), sentenced.orderId());
    }
}
