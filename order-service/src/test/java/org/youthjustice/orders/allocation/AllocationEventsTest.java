package org.youthjustice.orders.allocation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.allocate;
import static org.youthjustice.orders.CaseFixtures.allocation;
import static org.youthjustice.orders.CaseFixtures.awaitAllocation;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.publish;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;
import static org.youthjustice.orders.CaseFixtures.view;
import static org.youthjustice.orders.CaseFixtures.worker;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class AllocationEventsTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("MIL-2: case.allocated on Christmas Eve 2026 starts first contact, due in 3 working days: 31 December, "
            + "explained with the days not counted (Christmas Day, the weekend, Boxing Day's substitute)")
    void anAllocationStartsFirstContact() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        UUID worker = UUID.randomUUID();

        // Thursday 24 December; Friday 25 and Monday 28 (Boxing Day's substitute) are bank holidays
        allocate(kafka, sentenced, worker, Instant.parse("2026-12-24T10:00:00Z"));

        List<Map<String, Object>> firstContact = milestones(sentenced, "first-contact");
        assertThat(firstContact).hasSize(1);
        assertThat(firstContact.get(0)).containsEntry("rule", "MIL-2").containsEntry("dueDate", "2026-12-31")
                .containsEntry("timeLimit", "3 working-days").containsEntry("responsibleWorker", worker.toString())
                .containsEntry("team", "community-orders-unit");
        @SuppressWarnings("unchecked")
        Map<String, Object> explanation = (Map<String, Object>) firstContact.get(0).get("explanation");
        assertThat(explanation).containsEntry("rule", "MIL-2").containsEntry("triggeredAt", "2026-12-24T10:00:00Z")
                .containsEntry("timeLimit", "3 working-days").containsEntry("dueDate", "2026-12-31");
        assertThat((List<Map<String, Object>>) explanation.get("skipped")).extracting(day -> day.get("date") + " " + day.get("name"))
                .containsExactly("2026-12-25 Christmas", "2026-12-26 Saturday", "2026-12-27 Sunday", "2026-12-28 Boxing Day");
        // whoever holds the case holds its open milestones
        assertThat(milestones(sentenced, "first-home-visit").get(0)).containsEntry("responsibleWorker", worker.toString());
    }

    @Test
    @DisplayName("case.allocated delivered twice is applied once; a reallocation keeps the open first-contact clock")
    void aRedeliveredAllocationChangesNothing() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        UUID first = UUID.randomUUID();
        EventEnvelope allocated = allocate(kafka, sentenced, first, Instant.parse("2026-11-23T09:00:00Z"));

        publish(kafka, allocated);
        // the reallocation comes after the duplicate on the same partition (same case key), so once it is
        // applied the duplicate has been handled
        UUID second = UUID.randomUUID();
        EventEnvelope reallocated = allocation(sentenced, second, "community-orders-unit", Instant.parse("2026-11-23T11:00:00Z"));
        publish(kafka, reallocated);
        awaitAllocation(sentenced, reallocated.dataAs(CaseAllocated.class).allocationId());

        JsonPath view = view("wokingham", sentenced.caseId());
        assertThat(view.getList("allocations")).hasSize(2);
        assertThat(view.getString("allocation.caseManager")).isEqualTo(second.toString());
        List<Map<String, Object>> firstContact = milestones(sentenced, "first-contact");
        assertThat(firstContact).hasSize(1);
        assertThat(firstContact.get(0)).containsEntry("dueDate", "2026-11-26").containsEntry("responsibleWorker", second.toString());
    }

    @Test
    @DisplayName("X-1, ROLES: a case worker sees the cases they hold and their team's; any other case is 404")
    void caseWorkersSeeTheirOwnAndTheirTeamsCases() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        UUID holder = UUID.randomUUID();
        UUID coWorker = UUID.randomUUID();
        String path = "/api/orders/cases/" + sentenced.caseId();

        given().auth().oauth2(worker("wokingham", holder, "case-worker")).get(path).then().statusCode(404);

        allocate(kafka, sentenced, holder, Instant.parse("2026-11-23T09:00:00Z"), coWorker);

        given().auth().oauth2(worker("wokingham", holder, "case-worker")).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.forSubject(coWorker.toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign()).get(path).then().statusCode(200);
        // same team, not holding it: reads it
        given().auth().oauth2(worker("wokingham", UUID.randomUUID(), "case-worker")).get(path).then().statusCode(200);
        // another team: as if it did not exist
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign()).get(path).then().statusCode(404);
        // the holder's token in another authority: another authority's record is 404
        given().auth().oauth2(worker("nottinghamshire", holder, "case-worker")).get(path).then().statusCode(404);

        // search: the holder finds it as "my cases"; another team's case worker does not find it at all
        given().auth().oauth2(worker("wokingham", holder, "case-worker")).queryParam("caseManager", "me")
                .get("/api/orders/cases").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(sentenced.caseId().toString()));
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign()).queryParam("caseManager", holder.toString())
                .get("/api/orders/cases").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).queryParam("caseManager", holder.toString())
                .get("/api/orders/cases").then().statusCode(200).body("id", org.hamcrest.Matchers.contains(sentenced.caseId().toString()));
    }

    @Test
    @DisplayName("case.co-allocated and case.reallocated change who holds the case: the new case manager records on it, "
            + "the old one no longer does; ALC-11: a restorative justice worker is named but is no co-worker")
    void coAllocationAndReallocationChangeTheWorkers() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        UUID first = UUID.randomUUID();
        UUID coWorker = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        allocate(kafka, sentenced, first, Instant.parse("2026-11-23T09:00:00Z"));
        String contacts = "/api/orders/cases/" + sentenced.caseId() + "/contacts";
        Map<String, Object> call = Map.of("type", "phone", "occurredAt", "2026-11-20T10:00:00Z", "made", false, "present", List.of());

        UUID rjWorker = UUID.randomUUID();
        EventEnvelope coAllocated = EventEnvelope.wrap(new org.youthjustice.events.allocations.CaseCoAllocated(UUID.randomUUID(),
                List.of(new org.youthjustice.events.allocations.AllocatedWorker(first, "case-manager"),
                        new org.youthjustice.events.allocations.AllocatedWorker(coWorker, "co-worker"),
                        new org.youthjustice.events.allocations.AllocatedWorker(rjWorker, "rj-worker")),
                "risk rose to high (ALC-6)", java.time.LocalDate.parse("2026-11-23"), null),
                "allocation-service", TestClock.now(), "wokingham", sentenced.caseId());
        publish(kafka, coAllocated);
        awaitAllocation(sentenced, coAllocated.dataAs(org.youthjustice.events.allocations.CaseCoAllocated.class).allocationId());
        // ALC-11: the restorative justice worker works with the victim: named, but not a co-worker on the child's case
        assertThat(view("wokingham", sentenced.caseId()).getList("allocation.coWorkers")).containsExactly(coWorker.toString());
        assertThat(view("wokingham", sentenced.caseId()).getString("allocation.rjWorker")).isEqualTo(rjWorker.toString());
        given().auth().oauth2(TestTokens.forSubject(coWorker.toString()).authority("wokingham").team("another-team")
                .roles("case-worker").sign()).contentType(io.restassured.http.ContentType.JSON).body(call).post(contacts)
                .then().statusCode(201);

        EventEnvelope reallocated = EventEnvelope.wrap(new org.youthjustice.events.allocations.CaseReallocated(UUID.randomUUID(),
                List.of(new org.youthjustice.events.allocations.AllocatedWorker(next, "case-manager")), "worker left",
                java.time.LocalDate.parse("2026-11-24"), null), "allocation-service", TestClock.now(), "wokingham", sentenced.caseId());
        publish(kafka, reallocated);
        awaitAllocation(sentenced, reallocated.dataAs(org.youthjustice.events.allocations.CaseReallocated.class).allocationId());

        JsonPath view = view("wokingham", sentenced.caseId());
        assertThat(view.getString("allocation.caseManager")).isEqualTo(next.toString());
        assertThat(view.getList("allocation.coWorkers")).isEmpty();
        assertThat(milestones(sentenced, "first-contact").get(0)).containsEntry("responsibleWorker", next.toString());
        given().auth().oauth2(worker("wokingham", first, "case-worker")).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("type", "phone", "occurredAt", "2026-11-21T10:00:00Z", "made", false, "present", List.of()))
                .post(contacts).then().statusCode(403);
        given().auth().oauth2(worker("wokingham", next, "case-worker")).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("type", "phone", "occurredAt", "2026-11-21T10:00:00Z", "made", false, "present", List.of()))
                .post(contacts).then().statusCode(201);
    }

    @Test
    @DisplayName("ALC-10: internal-transfer.completed moves the case to its new team and case manager at the three-way "
            + "meeting: they hold its open milestones; its restorative justice worker stays; the old team's case workers no longer read it")
    void anInternalTransferMovesTheCaseToItsNewTeam() {
        SentencedCase sentenced = sentencedYro("wokingham", "2026-11-20", "2027-11-19");
        UUID first = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        allocate(kafka, sentenced, first, Instant.parse("2026-11-23T09:00:00Z"));
        UUID rjWorker = UUID.randomUUID();
        EventEnvelope withRj = EventEnvelope.wrap(new org.youthjustice.events.allocations.CaseCoAllocated(UUID.randomUUID(),
                List.of(new org.youthjustice.events.allocations.AllocatedWorker(first, "case-manager"),
                        new org.youthjustice.events.allocations.AllocatedWorker(rjWorker, "rj-worker")),
                "a direct victim consented (ALC-11)", java.time.LocalDate.parse("2026-11-23"), null),
                "allocation-service", Instant.parse("2026-11-23T10:00:00Z"), "wokingham", sentenced.caseId());
        publish(kafka, withRj);
        awaitAllocation(sentenced, withRj.dataAs(org.youthjustice.events.allocations.CaseCoAllocated.class).allocationId());

        EventEnvelope transferred = EventEnvelope.wrap(new org.youthjustice.events.allocations.InternalTransferCompleted(
                sentenced.caseId(), "community-orders-unit", "north-locality", java.time.LocalDate.parse("2026-11-30"), UUID.randomUUID(),
                new org.youthjustice.events.allocations.AllocatedWorker(next, "case-manager")),
                "allocation-service", TestClock.now(), "wokingham", sentenced.caseId());
        publish(kafka, transferred);
        awaitAllocation(sentenced, transferred.dataAs(org.youthjustice.events.allocations.InternalTransferCompleted.class).allocationId());

        JsonPath view = view("wokingham", sentenced.caseId());
        assertThat(view.getString("allocation.caseManager")).isEqualTo(next.toString());
        assertThat(view.getString("allocation.team")).isEqualTo("north-locality");
        assertThat(view.getString("allocation.rjWorker")).isEqualTo(rjWorker.toString());
        assertThat(milestones(sentenced, "first-contact").get(0)).containsEntry("responsibleWorker", next.toString())
                .containsEntry("team", "north-locality");
        String path = "/api/orders/cases/" + sentenced.caseId();
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("community-orders-unit")
                .roles("case-worker").sign()).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("north-locality")
                .roles("case-worker").sign()).get(path).then().statusCode(200);
    }
}
