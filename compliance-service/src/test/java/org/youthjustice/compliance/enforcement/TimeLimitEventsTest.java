package org.youthjustice.compliance.enforcement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseReallocated;
import org.youthjustice.events.compliance.ComplianceTimeLimit;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

/**
 * compliance-service's time limits as it tells them to the partnership's reporting ({@code compliance-time-limit.changed}):
 * opened, met on time or late, closed as not applying, and sent again when someone else holds the case.
 */
@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class TimeLimitEventsTest {

    @InjectKafkaBroker
    KafkaBroker kafka;

    private static void post(String token, SupervisedCase supervised, String path, Object body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/compliance/cases/" + supervised.caseId() + path).then().statusCode(200);
    }

    private static String manager() {
        return TestTokens.forSubject("manager-" + UUID.randomUUID()).authority("wokingham").roles("team-manager").sign();
    }

    /** The case's time limit events, in the order published, once at least {@code atLeast} of them are there. */
    private List<ComplianceTimeLimit> timeLimits(SupervisedCase supervised, int atLeast) {
        Function<List<ConsumerRecord<String, String>>, List<ComplianceTimeLimit>> ofCase = records -> records.stream()
                .filter(r -> supervised.caseId().toString().equals(r.key())).map(r -> EventJson.read(r.value()))
                .filter(e -> "compliance-time-limit.changed".equals(e.type())).map(e -> {
                    assertThat(e.authority()).isEqualTo(supervised.authority());
                    return e.dataAs(ComplianceTimeLimit.class);
                }).toList();
        return ofCase.apply(kafka.readUntil(Topics.COMPLIANCE, records -> ofCase.apply(records).size() >= atLeast,
                Duration.ofSeconds(30)));
    }

    private static ComplianceTimeLimit last(List<ComplianceTimeLimit> events, String id) {
        return events.stream().filter(e -> e.timeLimitId().toString().equals(id)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    @DisplayName("CMP-4: a missed appointment opens its follow-up time limit (due in 1 working day), met on time by the "
            + "follow-up's own time; judged before any follow-up, it is closed as not applicable with the reason")
    void followUps() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        String followedUp = Supervision.missed(supervised, 200);
        Instant phoned = TestClock.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        post(supervised.caseManagerToken(), supervised, "/absences/" + followedUp + "/follow-up",
                Map.of("kind", "phone-call", "at", phoned.toString()));
        String judgedFirst = Supervision.missed(supervised, 100);
        Supervision.judgedUnacceptable(supervised, judgedFirst);

        List<ComplianceTimeLimit> events = timeLimits(supervised, 4);
        ComplianceTimeLimit opened = events.get(0);
        assertThat(opened.timeLimitId().toString()).isEqualTo(followedUp);
        assertThat(opened.status()).isEqualTo(Status.OPEN);
        assertThat(opened.rule()).isEqualTo("CMP-4");
        assertThat(opened.step()).isEqualTo("follow-up");
        assertThat(opened.team()).isEqualTo(Supervision.TEAM);
        assertThat(opened.responsibleWorker()).isEqualTo(supervised.caseManager());
        assertThat(opened.dueAt()).isAfter(opened.triggeredAt());
        assertThat(opened.dueDate()).isAfter(org.youthjustice.kernel.calendar.Moments.ukDate(opened.triggeredAt()));

        ComplianceTimeLimit met = last(events, followedUp);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.completedAt()).isEqualTo(phoned);
        assertThat(met.onTime()).isTrue();
        assertThat(met.dueAt()).isEqualTo(opened.dueAt());

        ComplianceTimeLimit closed = last(events, judgedFirst);
        assertThat(closed.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(closed.reason()).isEqualTo("the absence was judged unacceptable before a follow-up was recorded");
        assertThat(closed.closedAt()).isNotNull();
    }

    @Test
    @DisplayName("CMP-6, CMP-7: the compliance meeting's time limit opens at the second unacceptable absence, goes with "
            + "the case to its new case manager, and is met when the meeting is held; breach proceedings open at the third "
            + "and close as not applicable when written evidence makes that absence acceptable")
    void enforcementSteps() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 200));
        String second = Supervision.missed(supervised, 180);
        Supervision.judgedUnacceptable(supervised, second);
        ComplianceTimeLimit meeting = timeLimits(supervised, 5).stream().filter(e -> "CMP-6".equals(e.rule())).findFirst()
                .orElseThrow();
        assertThat(meeting.step()).isEqualTo("compliance-meeting");
        assertThat(meeting.status()).isEqualTo(Status.OPEN);
        assertThat(meeting.responsibleWorker()).isEqualTo(supervised.caseManager());

        UUID newManager = UUID.randomUUID();
        EventEnvelope reallocated = EventEnvelope.wrap(new CaseReallocated(UUID.randomUUID(),
                List.of(new AllocatedWorker(newManager, "case-manager")), "leave", TestClock.today(), null), "allocation-service",
                TestClock.now(), supervised.authority(), supervised.caseId());
        kafka.publish(Topics.ALLOCATIONS, supervised.caseId().toString(), EventJson.write(reallocated));
        ComplianceTimeLimit moved = timeLimits(supervised, 6).get(5);
        assertThat(moved.timeLimitId()).isEqualTo(meeting.timeLimitId());
        assertThat(moved.status()).isEqualTo(Status.OPEN);
        assertThat(moved.responsibleWorker()).isEqualTo(newManager);
        assertThat(moved.team()).isEqualTo(Supervision.TEAM);
        SupervisedCase reallocatedCase = new SupervisedCase(supervised.authority(), supervised.caseId(), supervised.orderId(),
                newManager);

        Instant held = TestClock.now().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        post(manager(), supervised, "/enforcement/" + meeting.timeLimitId() + "/meeting-held", Map.of("heldAt", held.toString()));
        String third = Supervision.missed(reallocatedCase, 160);
        Supervision.judgedUnacceptable(reallocatedCase, third);
        List<ComplianceTimeLimit> events = timeLimits(supervised, 10);
        ComplianceTimeLimit met = last(events, meeting.timeLimitId().toString());
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.completedAt()).isEqualTo(held);
        assertThat(met.onTime()).isTrue();
        assertThat(met.responsibleWorker()).isEqualTo(newManager);
        ComplianceTimeLimit breach = events.stream().filter(e -> "breach-proceedings".equals(e.step())).findFirst().orElseThrow();
        assertThat(breach.rule()).isEqualTo("CMP-7");
        assertThat(breach.status()).isEqualTo(Status.OPEN);

        post(reallocatedCase.caseManagerToken(), reallocatedCase, "/absences/" + third + "/evidence",
                Map.of("kind", "sick-note", "description", "GP note covering the day"));
        ComplianceTimeLimit withdrawn = last(timeLimits(supervised, 11), breach.timeLimitId().toString());
        assertThat(withdrawn.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(withdrawn.reason()).isEqualTo("written evidence arrived: the absence is acceptable");
    }
}
