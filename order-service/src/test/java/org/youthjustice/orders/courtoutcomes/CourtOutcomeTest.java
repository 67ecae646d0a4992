package org.youthjustice.orders.courtoutcomes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventJson;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CourtOutcomeTest {
    private static final String PROBLEM = "application/problem+json";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static String courtOfficer(String authority) {
        return TestTokens.token(authority, "court-officer");
    }

    private static String teamManager(String authority) {
        return TestTokens.token(authority, "team-manager");
    }

    static Map<String, Object> outcome(String courtReference, String givenName, String familyName, String dateOfBirth) {
        Map<String, Object> child = new HashMap<>(Map.of("givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth, "genderIdentity", "female", "lookedAfter", false, "locality", "east",
                "address", "1 Example Road", "parentCarers", List.of(Map.of("name", "Alex " + familyName, "relationship", "mother"))));
        return new HashMap<>(Map.of(
                "court", Map.of("name", "Reading Youth Court", "location", "Reading", "crownCourt", false, "outOfArea", false),
                "courtReference", courtReference,
                "hearingDate", "2026-11-20",
                "outcome", "adjourned-for-psr",
                "child", child,
                "offences", List.of(Map.of("description", "theft from a shop", "imprisonable", true))));
    }

    private static String reference() {
        return "CR-" + UUID.randomUUID();
    }

    @Test
    @DisplayName("ORD-1: a court outcome for a new child opens a case, announced as case.opened and court-outcome.recorded")
    void aCourtOutcomeOpensACaseAndIsAnnounced() {
        String caseId = given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON)
                .body(outcome(reference(), "Sam", "Taylor-" + UUID.randomUUID(), "2010-04-02"))
                .post("/api/orders/court-outcomes")
                .then().statusCode(201)
                .body("newCase", equalTo(true)).body("duplicate", equalTo(false))
                .extract().path("caseId");

        given().auth().oauth2(teamManager("wokingham")).get("/api/orders/cases/" + caseId)
                .then().statusCode(200)
                .body("child.givenName", equalTo("Sam"))
                .body("outcomes", hasSize(1))
                .body("outcomes[0].outcome", equalTo("adjourned-for-psr"))
                .body("outcomes[0].offences[0].imprisonable", equalTo(true));

        List<String> types = eventsOf(caseId, 2).stream().map(r -> EventJson.read(r.value()).type()).toList();
        assertThat(types).containsExactly("case.opened", "court-outcome.recorded");
        String opened = eventsOf(caseId, 2).get(0).value();
        // allocation's rule inputs only: never the child's name, address or family
        assertThat(opened).contains("\"genderIdentity\":\"female\"").doesNotContain("Taylor").doesNotContain("Example Road");
    }

    @Test
    @DisplayName("ORD-1: the same outcome submitted twice is recorded once")
    void theSameOutcomeTwiceIsRecordedOnce() {
        Map<String, Object> submission = outcome(reference(), "Jo", "Smith-" + UUID.randomUUID(), "2011-01-15");
        String first = given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then().statusCode(201).extract().path("outcomeId");

        String second = given().auth().oauth2(TestTokens.token("wokingham", "business-support")).contentType(ContentType.JSON)
                .body(submission).post("/api/orders/court-outcomes")
                .then().statusCode(200).body("duplicate", equalTo(true)).extract().path("outcomeId");

        assertThat(second).isEqualTo(first);
        String caseId = given().auth().oauth2(teamManager("wokingham")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then().statusCode(200).extract().path("caseId");
        given().auth().oauth2(teamManager("wokingham")).get("/api/orders/cases/" + caseId).then().body("outcomes", hasSize(1));
    }

    @Test
    @DisplayName("ORD-1: a later outcome for the same child joins the case, matched by name and date of birth or by court reference")
    void aLaterOutcomeJoinsTheChildsCase() {
        String family = "Brown-" + UUID.randomUUID();
        String courtReference = reference();
        String caseId = given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON)
                .body(outcome(courtReference, "Max", family, "2010-09-09")).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");

        Map<String, Object> byName = outcome(reference(), "MAX", family.toLowerCase(), "2010-09-09");
        byName.put("hearingDate", "2026-11-21");
        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(byName)
                .post("/api/orders/court-outcomes")
                .then().statusCode(201).body("caseId", equalTo(caseId)).body("newCase", equalTo(false));

        Map<String, Object> byReference = outcome(courtReference, "Maxwell", "Other", "2010-09-10");
        byReference.put("hearingDate", "2026-11-22");
        byReference.put("outcome", "committed-to-crown-court");
        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(byReference)
                .post("/api/orders/court-outcomes")
                .then().statusCode(201).body("caseId", equalTo(caseId));

        given().auth().oauth2(teamManager("wokingham")).get("/api/orders/cases/" + caseId).then()
                .body("outcomes", hasSize(3))
                .body("outcomes[2].crownCourt", equalTo(true));
        assertThat(eventsOf(caseId, 4).stream().map(r -> EventJson.read(r.value()).type()).filter("case.opened"::equals)).hasSize(1);
    }

    @Test
    @DisplayName("ORD-1: a later hearing brings the child's current details to the matched case; an older one entered late does not; "
            + "order.made carries the looked-after status and gender identity as they are then")
    void aLaterHearingUpdatesTheChildsDetails() {
        String family = "Green-" + UUID.randomUUID();
        String caseId = given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON)
                .body(outcome(reference(), "Rio", family, "2010-09-09")).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");

        Map<String, Object> later = outcome(reference(), "Rio", family, "2010-09-09");
        later.put("hearingDate", "2026-11-22");
        later.put("outcome", "sentenced");
        later.put("order", org.youthjustice.orders.CaseFixtures.yro("2026-11-22", "2027-11-21"));
        @SuppressWarnings("unchecked")
        Map<String, Object> child = new HashMap<>((Map<String, Object>) later.get("child"));
        child.putAll(Map.of("lookedAfter", true, "address", "Children's home, 5 New Street", "locality", "west"));
        later.put("child", child);
        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(later)
                .post("/api/orders/court-outcomes").then().statusCode(201).body("caseId", equalTo(caseId));

        Map<String, Object> olderEnteredLate = outcome(reference(), "Rio", family, "2010-09-09");
        olderEnteredLate.put("hearingDate", "2026-11-21");
        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(olderEnteredLate)
                .post("/api/orders/court-outcomes").then().statusCode(201).body("caseId", equalTo(caseId));

        given().auth().oauth2(teamManager("wokingham")).get("/api/orders/cases/" + caseId).then().statusCode(200)
                .body("child.lookedAfter", equalTo(true)).body("child.address", equalTo("Children's home, 5 New Street"))
                .body("child.locality", equalTo("west")).body("outcomes", hasSize(3));
        String orderMade = eventsOf(caseId, 5).stream().map(r -> EventJson.read(r.value()))
                .filter(e -> "order.made".equals(e.type())).findFirst().orElseThrow().data().toString();
        assertThat(orderMade).contains("\"lookedAfter\":true").contains("\"genderIdentity\":\"female\"").doesNotContain("New Street");
    }

    @Test
    @DisplayName("X-1: another authority's case is 404, and its children are never matched across authorities")
    void casesAreIsolatedBetweenAuthorities() {
        String family = "Green-" + UUID.randomUUID();
        String wokinghamCase = given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON)
                .body(outcome(reference(), "Ali", family, "2012-03-03")).post("/api/orders/court-outcomes")
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(teamManager("nottinghamshire")).get("/api/orders/cases/" + wokinghamCase)
                .then().statusCode(404).contentType(PROBLEM);
        String nottinghamshireCase = given().auth().oauth2(courtOfficer("nottinghamshire")).contentType(ContentType.JSON)
                .body(outcome(reference(), "Ali", family, "2012-03-03")).post("/api/orders/court-outcomes")
                .then().statusCode(201).body("newCase", equalTo(true)).extract().path("caseId");
        assertThat(nottinghamshireCase).isNotEqualTo(wokinghamCase);
    }

    @Test
    @DisplayName("X-5: a child under 10 at the hearing is refused with the rule, and nothing is stored")
    void aChildUnderTheAgeOfCriminalResponsibilityIsRefused() {
        String courtReference = reference();
        Map<String, Object> submission = outcome(courtReference, "Tiny", "Young", LocalDate.of(2017, 1, 1).toString());

        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("X-5"))
                .body("violations[0].field", equalTo("child.dateOfBirth"));

        assertThat(kafka.readUntil("yj.orders.v1", r -> false, Duration.ofSeconds(2)))
                .noneSatisfy(r -> assertThat(r.value()).contains(courtReference));
    }

    @Test
    void missingAndInvalidFieldsAreEachListedAndNothingIsStored() {
        Map<String, Object> submission = outcome(reference(), " ", "Doe", "2011-02-02");
        submission.remove("hearingDate");
        submission.put("offences", List.of());

        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", containsInAnyOrder("child.givenName", "hearingDate", "offences"));
        given().auth().oauth2(courtOfficer("wokingham")).contentType(ContentType.JSON).body("{\"outcome\": \"acquitted-by-magic\"}")
                .post("/api/orders/court-outcomes")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyTheRolesThatMaySubmitOutcomesCan() {
        Map<String, Object> submission = outcome(reference(), "Kim", "Lee-" + UUID.randomUUID(), "2011-05-05");

        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("wokingham", "rj-worker")).contentType(ContentType.JSON).body(submission)
                .post("/api/orders/court-outcomes").then().statusCode(403);
        String caseId = given().auth().oauth2(TestTokens.token("wokingham", "partner-court")).contentType(ContentType.JSON)
                .body(submission).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");

        // a partner court system submits outcomes and reads nothing
        given().auth().oauth2(TestTokens.token("wokingham", "partner-court")).get("/api/orders/cases/" + caseId)
                .then().statusCode(403);
        // a case worker reads only cases they hold; none is theirs until allocation says so
        given().auth().oauth2(TestTokens.token("wokingham", "case-worker")).get("/api/orders/cases/" + caseId)
                .then().statusCode(404);
    }

    private List<ConsumerRecord<String, String>> eventsOf(String caseId, int atLeast) {
        return kafka.readUntil("yj.orders.v1",
                        records -> records.stream().filter(r -> caseId.equals(r.key())).count() >= atLeast, Duration.ofSeconds(30))
                .stream().filter(r -> caseId.equals(r.key())).toList();
    }
}
