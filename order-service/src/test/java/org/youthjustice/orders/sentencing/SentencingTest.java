package org.youthjustice.orders.sentencing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class SentencingTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** A sentencing hearing on 2026-11-20 for a child born on {@code dateOfBirth}. */
    private static Map<String, Object> sentenced(String dateOfBirth, Map<String, Object> order) {
        return new java.util.HashMap<>(Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "S-" + UUID.randomUUID(),
                "hearingDate", "2026-11-20",
                "outcome", "sentenced",
                "child", Map.of("givenName", "Lee", "familyName", "Ward-" + UUID.randomUUID(), "dateOfBirth", dateOfBirth,
                        "genderIdentity", "male", "lookedAfter", false),
                "offences", List.of(Map.of("description", "robbery", "imprisonable", true)),
                "order", order));
    }

    private static Map<String, Object> yro(List<Map<String, Object>> requirements) {
        return Map.of("type", "youth-rehabilitation-order", "startDate", "2026-11-20", "endDate", "2027-11-19",
                "requirements", requirements, "custodyThresholdPassed", true, "persistentOffender", false);
    }

    private static io.restassured.response.ValidatableResponse submit(String authority, Map<String, Object> submission) {
        return given().auth().oauth2(TestTokens.token(authority, "court-officer")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then();
    }

    private static io.restassured.response.ValidatableResponse caseOf(String authority, String caseId) {
        return given().auth().oauth2(TestTokens.token(authority, "team-manager")).get("/api/orders/cases/" + caseId).then();
    }

    @Test
    @DisplayName("ORD-1, ORD-15: a sentenced outcome makes its order, routed to its team and announced once as order.made")
    void aSentenceMakesTheOrderAndAnnouncesIt() {
        String caseId = submit("wokingham", sentenced("2010-05-05", yro(List.of(
                        Map.of("type", "supervision"),
                        Map.of("type", "curfew", "months", 3, "hoursPerDay", 10)))))
                .statusCode(201).extract().path("caseId");

        caseOf("wokingham", caseId).statusCode(200)
                .body("orders", hasSize(1))
                .body("orders[0].type", equalTo("youth-rehabilitation-order"))
                .body("orders[0].team", equalTo("community-orders-unit"))
                .body("orders[0].requirements.type", containsInAnyOrder("supervision", "curfew"));

        List<ConsumerRecord<String, String>> events = kafka.readUntil("yj.orders.v1",
                read -> read.stream().anyMatch(r -> caseId.equals(r.key()) && r.value().contains("\"order.made\"")), Duration.ofSeconds(30));
        List<EventEnvelope> made = events.stream().filter(r -> caseId.equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> e.type().equals("order.made")).toList();
        assertThat(made).hasSize(1);
        OrderMade order = made.get(0).dataAs(OrderMade.class);
        assertThat(order.team()).isEqualTo("community-orders-unit");
        assertThat(order.sentenceDate()).hasToString("2026-11-20");
        assertThat(order.requirements()).extracting(org.youthjustice.events.orders.Requirement::type).containsExactly("supervision", "curfew");
    }

    @Test
    @DisplayName("ORD-15: intensive supervision and surveillance goes to the Prolific Offenders Unit; a referral order to the authority's own team")
    void teamRoutingFollowsTheOrderAndTheAuthoritysPolicy() {
        String iss = submit("wokingham", sentenced("2010-05-05", yro(List.of(Map.of("type", "intensive-supervision-and-surveillance")))))
                .statusCode(201).extract().path("caseId");
        caseOf("wokingham", iss).body("orders[0].team", equalTo("prolific-offenders-unit"));

        Map<String, Object> referral = Map.of("type", "referral-order", "startDate", "2026-11-20", "endDate", "2027-05-19", "contractMonths", 6);
        String wokingham = submit("wokingham", sentenced("2011-05-05", referral)).statusCode(201).extract().path("caseId");
        caseOf("wokingham", wokingham).body("orders[0].team", equalTo("early-intervention-unit"));
        String nottinghamshire = submit("nottinghamshire", sentenced("2011-05-05", referral)).statusCode(201).extract().path("caseId");
        caseOf("nottinghamshire", nottinghamshire).body("orders[0].team", equalTo("youth-panel-team"));
    }

    @Test
    @DisplayName("ORD-2: each order type's own fields: a referral contract of 3 to 12 months, a DTO's custody and licence, "
            + "a parenting order's parent; the end date follows from the length when not given")
    void eachOrderTypeHasItsOwnFields() {
        Map<String, Object> referral = Map.of("type", "referral-order", "startDate", "2026-11-20", "contractMonths", 12);
        String referralCase = submit("wokingham", sentenced("2011-05-05", referral)).statusCode(201).extract().path("caseId");
        caseOf("wokingham", referralCase).body("orders[0].contractMonths", equalTo(12)).body("orders[0].endDate", equalTo("2027-11-19"));

        Map<String, Object> dto = Map.of("type", "detention-and-training-order", "startDate", "2026-11-20", "custodyMonths", 3,
                "licenceMonths", 3);
        String dtoCase = submit("wokingham", sentenced("2010-05-05", dto)).statusCode(201).extract().path("caseId");
        caseOf("wokingham", dtoCase).body("orders[0].custodyMonths", equalTo(3)).body("orders[0].endDate", equalTo("2027-05-19"));

        Map<String, Object> parenting = Map.of("type", "parenting-order", "startDate", "2026-11-20", "endDate", "2027-11-19",
                "parent", Map.of("name", "Alex Reed", "relationship", "mother"));
        String parentingCase = submit("wokingham", sentenced("2011-05-05", parenting)).statusCode(201).extract().path("caseId");
        caseOf("wokingham", parentingCase).body("orders[0].parentName", equalTo("Alex Reed"));

        submit("wokingham", sentenced("2011-05-05", Map.of("type", "referral-order", "startDate", "2026-11-20", "contractMonths", 13,
                "custodyMonths", 2))).statusCode(422).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("order.contractMonths", "order.custodyMonths"))
                .body("violations.rule", containsInAnyOrder("ORD-2", "ORD-2"));
        submit("wokingham", sentenced("2011-05-05", Map.of("type", "detention-and-training-order", "startDate", "2026-11-20")))
                .statusCode(422).body("violations.field", containsInAnyOrder("order.custodyMonths"));
        submit("wokingham", sentenced("2011-05-05", Map.of("type", "parenting-order", "startDate", "2026-11-20")))
                .statusCode(422).body("violations.field", containsInAnyOrder("order.parent"));
    }

    @Test
    @DisplayName("ORD-14: an invalid order is refused whole with every violation by rule ID, and nothing is stored")
    void anInvalidOrderIsRefusedWholeAndNothingIsStored() {
        Map<String, Object> submission = sentenced("2011-05-05", yro(List.of(
                Map.of("type", "unpaid-work", "hours", 241),
                Map.of("type", "activity", "days", 100))));

        submit("wokingham", submission).statusCode(422).contentType(PROBLEM)
                .body("violations.rule", containsInAnyOrder("ORD-6", "ORD-6", "ORD-5"))
                .body("violations.field", containsInAnyOrder("order.requirements[0].hours", "order.requirements[0].type",
                        "order.requirements[1].days"));

        // nothing was stored: the same hearing, corrected, opens a new case
        submission.put("order", yro(List.of(Map.of("type", "activity", "days", 90))));
        submit("wokingham", submission).statusCode(201).body("newCase", equalTo(true));
    }

    @Test
    @DisplayName("ORD-1: a sentenced outcome carries its order, and only a sentenced outcome does")
    void onlyASentencedOutcomeCarriesAnOrder() {
        Map<String, Object> withoutOrder = sentenced("2011-05-05", Map.of());
        withoutOrder.remove("order");
        submit("wokingham", withoutOrder).statusCode(422).body("violations[0].rule", equalTo("ORD-1"));

        Map<String, Object> adjournedWithOrder = sentenced("2011-05-05", yro(List.of(Map.of("type", "supervision"))));
        adjournedWithOrder.put("outcome", "adjourned-for-psr");
        submit("wokingham", adjournedWithOrder).statusCode(422).body("violations[0].rule", equalTo("ORD-1"));
    }

    @Test
    @DisplayName("ORD-2: a legacy order type is history only and cannot be made now")
    void aLegacyOrderTypeCannotBeMade() {
        submit("wokingham", sentenced("2011-05-05", Map.of("type", "supervision-order", "startDate", "2026-11-20")))
                .statusCode(422).body("violations.rule", containsInAnyOrder("ORD-2"));
    }

    @Test
    void anUnknownRequirementTypeIsABadRequest() {
        submit("wokingham", sentenced("2011-05-05", yro(List.of(Map.of("type", "community-singing")))))
                .statusCode(400).contentType(PROBLEM);
    }
}
