package org.youthjustice.orders.caseplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.youthjustice.orders.CaseFixtures.allocation;
import static org.youthjustice.orders.CaseFixtures.awaitAllocation;
import static org.youthjustice.orders.CaseFixtures.milestones;
import static org.youthjustice.orders.CaseFixtures.publish;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.orders.CaseFixtures;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class CrownCourtTrackingTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Test
    @DisplayName("MIL-14: a committal on 19 November 2026 needs a case manager within 48 hours; contact with the family within "
            + "5 days of allocation; then monthly contact and face to face every 3 months until the Crown Court deals with it")
    void aCommittalIsTrackedUntilTheCrownCourtDealsWithIt() {
        Map<String, Object> committal = CaseFixtures.sentencedOutcome("2026-11-19", "2010-05-05", false, Map.of());
        committal.remove("order");
        committal.put("outcome", "committed-to-crown-court");
        String caseId = given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON)
                .body(committal).post("/api/orders/court-outcomes").then().statusCode(201).extract().path("caseId");
        SentencedCase tracked = new SentencedCase("wokingham", UUID.fromString(caseId), null);

        assertThat(milestones(tracked, "crown-court-allocation")).singleElement().satisfies(m -> assertThat(m)
                .containsEntry("rule", "MIL-14").containsEntry("timeLimit", "48 hours").containsEntry("dueDate", "2026-11-21"));

        UUID caseManager = UUID.randomUUID();
        EventEnvelope allocated = allocation(tracked, caseManager, CaseFixtures.TEAM, Instant.parse("2026-11-20T10:00:00Z"));
        publish(kafka, allocated);
        awaitAllocation(tracked, allocated.dataAs(CaseAllocated.class).allocationId());
        assertThat(milestones(tracked, "crown-court-allocation").get(0)).containsEntry("status", "met");
        assertThat(milestones(tracked, "crown-court-first-contact").get(0)).containsEntry("dueDate", "2026-11-25");

        given().auth().oauth2(CaseFixtures.worker("wokingham", caseManager, "case-worker")).contentType(ContentType.JSON)
                .body(Map.of("type", "phone", "occurredAt", "2026-11-21T10:00:00Z", "made", true, "present", List.of("parent-carer")))
                .post("/api/orders/cases/" + caseId + "/contacts").then().statusCode(201)
                .body("met.step", containsInAnyOrder("crown-court-first-contact"))
                .body("started.step", containsInAnyOrder("crown-court-contact", "crown-court-face-to-face"))
                .body("started.dueDate", containsInAnyOrder("2026-12-21", "2027-02-21"));

        // the Crown Court sentences: tracking ends
        Map<String, Object> sentence = CaseFixtures.sentencedOutcome("2026-11-23", "2010-05-05", false,
                CaseFixtures.yro("2026-11-23", "2027-11-22"));
        sentence.put("child", committal.get("child"));
        sentence.put("court", Map.of("name", "Reading Crown Court", "crownCourt", true, "outOfArea", false));
        given().auth().oauth2(TestTokens.token("wokingham", "court-officer")).contentType(ContentType.JSON).body(new HashMap<>(sentence))
                .post("/api/orders/court-outcomes").then().statusCode(201).body("caseId", org.hamcrest.Matchers.equalTo(caseId));
        assertThat(milestones(tracked, "crown-court-contact").get(0)).containsEntry("status", "not-applicable")
                .containsEntry("notApplicableReason", "dealt with by the Crown Court on 2026-11-23");
        assertThat(milestones(tracked, "crown-court-face-to-face").get(0)).containsEntry("status", "not-applicable");
    }
}
