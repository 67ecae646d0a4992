package org.youthjustice.orders.caseplan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.orders.CaseFixtures.eventsUntil;
import static org.youthjustice.orders.CaseFixtures.sentencedYro;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.orders.MilestoneOverdue;
import org.youthjustice.orders.CaseFixtures.SentencedCase;
import org.youthjustice.orders.OrderServiceInfrastructure;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(OrderServiceInfrastructure.class)
class OverdueMilestonesTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    OverdueMilestones overdueMilestones;

    @Test
    @DisplayName("milestone.overdue: each milestone past its due date undone is announced once, through the outbox, to its authority")
    void overdueMilestonesAreAnnouncedOnce() {
        // MIL-4 due 15 January, MIL-6 26 January, MIL-5 2 February, MIL-7 5 April 2026: all past on 24 November;
        // arranging the exit interview (MIL-11), due 21 December, not yet
        TestClock.today("2026-11-24");
        SentencedCase sentenced = sentencedYro("nottinghamshire", "2026-01-05", "2027-01-04");

        assertThat(overdueMilestones.announceOverdue(TestClock.now())).isGreaterThanOrEqualTo(4);
        overdueMilestones.announceOverdue(TestClock.now());
        // an event recorded after both runs: once it is on the topic, anything they announced is before it
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("stage", "start", "completedOn", "2026-01-10", "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(201);
        List<EventEnvelope> overdue = eventsUntil(kafka, sentenced.caseId(), "risk.assessed").stream()
                .filter(e -> e.type().equals("milestone.overdue")).toList();
        assertThat(overdue).hasSize(4).allSatisfy(e -> assertThat(e.authority()).isEqualTo("nottinghamshire"));
        assertThat(overdue).map(e -> e.dataAs(MilestoneOverdue.class))
                .extracting(MilestoneOverdue::rule, MilestoneOverdue::dueDate)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("MIL-4", LocalDate.parse("2026-01-15")),
                        org.assertj.core.groups.Tuple.tuple("MIL-6", LocalDate.parse("2026-01-26")),
                        org.assertj.core.groups.Tuple.tuple("MIL-5", LocalDate.parse("2026-02-02")),
                        org.assertj.core.groups.Tuple.tuple("MIL-7", LocalDate.parse("2026-04-05")));
    }

    @Test
    void milestonesNotYetDueOrClosedAreNotAnnounced() {
        SentencedCase sentenced = sentencedYro("nottinghamshire", "2026-01-05", "2027-01-04");

        // a moment before the first due date passes, nothing of this case is overdue
        overdueMilestones.announceOverdue(Instant.parse("2026-01-15T12:00:00Z"));
        given().auth().oauth2(TestTokens.token("nottinghamshire", "team-manager")).contentType(ContentType.JSON)
                .body(Map.of("stage", "start", "completedOn", "2026-01-10", "rosh", "low", "saw", "low",
                        "likelihoodOfReoffending", "low", "scaledApproach", "standard"))
                .post("/api/orders/cases/" + sentenced.caseId() + "/assessments").then().statusCode(201);
        List<EventEnvelope> events = eventsUntil(kafka, sentenced.caseId(), "risk.assessed");

        assertThat(events).map(EventEnvelope::type).contains("order.made", "risk.assessed").doesNotContain("milestone.overdue");
    }
}
