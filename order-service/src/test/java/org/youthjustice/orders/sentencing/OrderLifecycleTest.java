package org.youthjustice.orders.sentencing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.youthjustice.orders.CaseFixtures.eventsUntil;
import static org.youthjustice.orders.CaseFixtures.milestones;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.orders.CourtListingDue;
import org.youthjustice.events.orders.CourtOutcomeRecorded;
import org.youthjustice.events.orders.OrderRevoked;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class OrderLifecycleTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String OFFICER = TestTokens.token("wokingham", "court-officer");
    private static final String MANAGER = TestTokens.token("wokingham", "team-manager");

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** A child aged 15 at the finding of guilt (born 2011-05-05), on a YRO from 1 June 2026 with supervision. */
    private record Sentenced(SentencedCase sentenced, Map<String, Object> outcome) {
        Response hearing(String outcome, String hearingDate, Map<String, Object> orderChange) {
            Map<String, Object> hearing = new HashMap<>(this.outcome);
            hearing.remove("order");
            hearing.put("courtReference", "H-" + UUID.randomUUID());
            hearing.put("outcome", outcome);
            hearing.put("hearingDate", hearingDate);
            if (orderChange != null) {
                hearing.put("orderChange", orderChange);
            }
            return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(hearing).post("/api/orders/court-outcomes");
        }

        Map<String, Object> change(String reason) {
            return new HashMap<>(Map.of("orderId", sentenced.orderId().toString(), "reason", reason));
        }

        String orderPath() {
            return "/api/orders/orders/" + sentenced.orderId();
        }
    }

    private static Sentenced sentenced() {
        Map<String, Object> outcome = CaseFixtures.sentencedOutcome("2026-06-01", "2011-05-05", false,
                CaseFixtures.yro("2026-06-01", "2027-05-31"));
        return new Sentenced(CaseFixtures.sentenced("wokingham", outcome), outcome);
    }

    @Test
    @DisplayName("ORD-1, ORD-14: a variation is re-validated at the original finding of guilt; refused whole with every violation, "
            + "nothing changed")
    void aVariationIsRevalidated() {
        Sentenced yro = sentenced();
        Map<String, Object> invalid = yro.change("requirements-added");
        // the child is 16 now, but was 15 when found guilty: unpaid work (ORD-6) and residence (ORD-10) stay refused
        invalid.put("requirements", List.of(Map.of("type", "supervision"), Map.of("type", "unpaid-work", "hours", 100),
                Map.of("type", "residence"), Map.of("type", "curfew", "months", 13, "hoursPerDay", 10)));

        yro.hearing("varied", "2026-11-20", invalid).then().statusCode(422).contentType(PROBLEM)
                .body("violations.rule", containsInAnyOrder("ORD-6", "ORD-10", "ORD-8"));
        given().auth().oauth2(MANAGER).get(yro.orderPath()).then().statusCode(200)
                .body("status", equalTo("made")).body("requirements", hasSize(1)).body("changes", hasSize(0));

        Map<String, Object> valid = yro.change("requirements-added");
        valid.put("requirements", List.of(Map.of("type", "supervision"), Map.of("type", "activity", "days", 60)));
        valid.put("note", "Activity added at review hearing.");
        yro.hearing("varied", "2026-11-20", valid).then().statusCode(201);

        given().auth().oauth2(MANAGER).get(yro.orderPath()).then().statusCode(200)
                .body("status", equalTo("varied")).body("requirements.type", contains("supervision", "activity"))
                .body("changes[0].kind", equalTo("varied")).body("changes[0].reason", equalTo("requirements-added"))
                .body("changes[0].note", equalTo("Activity added at review hearing."));
        OrderVaried varied = eventsUntil(kafka, yro.sentenced().caseId(), "order.varied").stream()
                .filter(e -> e.type().equals("order.varied")).findFirst().orElseThrow().dataAs(OrderVaried.class);
        assertThat(varied.reason()).isEqualTo("requirements-added");
        assertThat(varied.requirements()).extracting(r -> r.type()).containsExactly("supervision", "activity");
        // consumers keep the order's end as the court leaves it
        assertThat(varied.endDate()).hasToString(given().auth().oauth2(MANAGER).get(yro.orderPath()).then().extract().path("endDate"));
    }

    @Test
    @DisplayName("ORD-1: a revocation ends the order, closes its open milestones and is announced; an ended order cannot change again")
    void aRevocationEndsTheOrder() {
        Sentenced yro = sentenced();

        yro.hearing("revoked", "2026-11-20", yro.change("early-revocation")).then().statusCode(201);

        given().auth().oauth2(MANAGER).get(yro.orderPath()).then().body("status", equalTo("revoked"))
                .body("endedOn", equalTo("2026-11-20"));
        assertThat(milestones(yro.sentenced(), "review-meeting").get(0)).containsEntry("status", "not-applicable")
                .containsEntry("notApplicableReason", "order revoked on 2026-11-20");
        List<EventEnvelope> events = eventsUntil(kafka, yro.sentenced().caseId(), "order.revoked");
        assertThat(events.get(events.size() - 1).dataAs(OrderRevoked.class).reason()).isEqualTo("early-revocation");
        CourtOutcomeRecorded hearing = events.stream().filter(e -> e.type().equals("court-outcome.recorded"))
                .map(e -> e.dataAs(CourtOutcomeRecorded.class)).reduce((first, second) -> second).orElseThrow();
        assertThat(hearing.orderId()).isEqualTo(yro.sentenced().orderId());

        yro.hearing("breach-found", "2026-11-21", yro.change("breach")).then().statusCode(422)
                .body("violations[0].rule", equalTo("ORD-1"));
    }

    @Test
    @DisplayName("CMP-7: breach.initiated on Thursday 5 November 2026 is to be listed in court by 19 November; "
            + "the breach hearing meets the listing; a redelivery starts nothing more")
    void aBreachIsListedAndItsHearingMeetsTheListing() {
        Sentenced yro = sentenced();
        EventEnvelope breach = EventEnvelope.wrap(new BreachInitiated(UUID.randomUUID(), yro.sentenced().orderId(),
                Instant.parse("2026-11-05T10:00:00Z"), false), "compliance-service", TestClock.now(), "wokingham", yro.sentenced().caseId());

        kafka.publish(Topics.COMPLIANCE, yro.sentenced().caseId().toString(), EventJson.write(breach));
        kafka.publish(Topics.COMPLIANCE, yro.sentenced().caseId().toString(), EventJson.write(breach));

        CourtListingDue due = eventsUntil(kafka, yro.sentenced().caseId(), "court-listing.due").stream()
                .filter(e -> e.type().equals("court-listing.due")).findFirst().orElseThrow().dataAs(CourtListingDue.class);
        assertThat(due.dueDate()).hasToString("2026-11-19");
        // a later breach on the same partition: once it is applied, the redelivery before it has been handled
        EventEnvelope later = EventEnvelope.wrap(new BreachInitiated(UUID.randomUUID(), yro.sentenced().orderId(),
                Instant.parse("2026-11-06T10:00:00Z"), true), "compliance-service", TestClock.now(), "wokingham", yro.sentenced().caseId());
        kafka.publish(Topics.COMPLIANCE, yro.sentenced().caseId().toString(), EventJson.write(later));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !milestones(yro.sentenced(), "breach-listing-at-risk").isEmpty());
        assertThat(milestones(yro.sentenced(), "breach-listing")).hasSize(1).first()
                .satisfies(m -> assertThat(m).containsEntry("rule", "CMP-7").containsEntry("id", due.listingId().toString()));

        yro.hearing("breach-found", "2026-11-18", yro.change("breach")).then().statusCode(201);
        assertThat(milestones(yro.sentenced(), "breach-listing").get(0)).containsEntry("status", "met");
        given().auth().oauth2(MANAGER).get(yro.orderPath()).then().body("status", equalTo("made"))
                .body("changes.kind", contains("breach-found"));
    }

    @Test
    @DisplayName("CMP-7: a breach flagged for risk on Christmas Eve is to be listed sooner: within 1 week by default, 31 December")
    void aBreachFlaggedForRiskIsListedSooner() {
        Sentenced yro = sentenced();
        EventEnvelope breach = EventEnvelope.wrap(new BreachInitiated(UUID.randomUUID(), yro.sentenced().orderId(),
                Instant.parse("2026-12-24T10:00:00Z"), true), "compliance-service", TestClock.now(), "wokingham", yro.sentenced().caseId());

        kafka.publish(Topics.COMPLIANCE, yro.sentenced().caseId().toString(), EventJson.write(breach));

        CourtListingDue due = eventsUntil(kafka, yro.sentenced().caseId(), "court-listing.due").stream()
                .filter(e -> e.type().equals("court-listing.due")).findFirst().orElseThrow().dataAs(CourtListingDue.class);
        assertThat(due.dueDate()).hasToString("2026-12-31");
    }

    @Test
    void completionEndsTheOrderOnce() {
        Sentenced yro = sentenced();
        String complete = yro.orderPath() + "/completion";

        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("completedOn", "2026-11-20")).post(complete).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-05-01"))
                .post(complete).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-11-20"))
                .post(complete).then().statusCode(200).body("status", equalTo("completed")).body("changes[0].reason", equalTo("expired"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(Map.of("completedOn", "2026-11-20"))
                .post(complete).then().statusCode(409).contentType(PROBLEM);

        assertThat(milestones(yro.sentenced(), "first-home-visit").get(0)).containsEntry("status", "not-applicable");
        assertThat(eventsUntil(kafka, yro.sentenced().caseId(), "order.completed")).isNotEmpty();
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).get(yro.orderPath()).then().statusCode(404);
    }

    @Test
    @DisplayName("ORD-1: a variation, revocation or breach finding names one of this child's orders; other outcomes change none")
    void orderChangesNameTheChildsOrder() {
        Sentenced yro = sentenced();
        Sentenced other = sentenced();

        yro.hearing("varied", "2026-11-20", null).then().statusCode(422).body("violations[0].field", equalTo("orderChange"));
        yro.hearing("remanded", "2026-11-20", yro.change("remand")).then().statusCode(422)
                .body("violations[0].rule", equalTo("ORD-1"));
        yro.hearing("revoked", "2026-11-20", other.change("early-revocation")).then().statusCode(422)
                .body("violations[0].field", equalTo("orderChange.orderId"));
        Map<String, Object> notACode = yro.change("Because I said so");
        yro.hearing("revoked", "2026-11-20", notACode).then().statusCode(400).body("violations[0].field", equalTo("orderChange.reason"));

        given().auth().oauth2(MANAGER).get(other.orderPath()).then().body("status", equalTo("made"));
        given().auth().oauth2(MANAGER).get(yro.orderPath()).then().body("status", equalTo("made"));
    }
}
