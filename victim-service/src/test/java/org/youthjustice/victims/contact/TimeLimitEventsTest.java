package org.youthjustice.victims.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.child;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.post;
import static org.youthjustice.victims.VictimRequests.publish;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.sentence;
import static org.youthjustice.victims.VictimRequests.tasks;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.TimeLimitState.Status;
import org.youthjustice.events.Topics;
import org.youthjustice.events.allocations.AllocatedWorker;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.allocations.CaseCoAllocated;
import org.youthjustice.events.allocations.CaseManager;
import org.youthjustice.events.allocations.InternalTransferCompleted;
import org.youthjustice.events.orders.OrderVaried;
import org.youthjustice.events.victims.VictimTimeLimit;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

/**
 * victim-service's time limits as it tells them to the partnership's reporting ({@code victim-time-limit.changed}):
 * opened, sent again when the case has another restorative justice worker or team, met on time or late, closed as not
 * applying; and never a victim's personal data (VIC-4).
 */
@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class TimeLimitEventsTest {
    private static final String AUTHORITY = "wokingham";

    @InjectKafkaBroker
    KafkaBroker kafka;

    /** An event as it went on the wire, and what it says. */
    private record Sent(String raw, VictimTimeLimit limit) {
    }

    /** The case's time limit events, in the order published, once {@code done} holds for them. */
    private List<Sent> timeLimits(UUID caseId, Predicate<List<Sent>> done) {
        Function<List<ConsumerRecord<String, String>>, List<Sent>> ofCase = records -> records.stream()
                .filter(r -> caseId.toString().equals(r.key())).map(r -> {
                    EventEnvelope event = EventJson.read(r.value());
                    return event.type().equals("victim-time-limit.changed") ? new Sent(r.value(), check(event, caseId)) : null;
                }).filter(s -> s != null).toList();
        List<Sent> sent = ofCase.apply(kafka.readUntil(Topics.VICTIMS, records -> done.test(ofCase.apply(records)),
                Duration.ofSeconds(30)));
        assertThat(done).as("the case's time limit events arrived: %s", sent).accepts(sent);
        return sent;
    }

    /** The envelope names the child's case and the authority holding it. */
    private static VictimTimeLimit check(EventEnvelope event, UUID caseId) {
        assertThat(event.caseId()).isEqualTo(caseId);
        assertThat(event.authority()).isEqualTo(AUTHORITY);
        return event.dataAs(VictimTimeLimit.class);
    }

    private static Predicate<List<Sent>> has(String taskId, Predicate<VictimTimeLimit> condition) {
        return sent -> sent.stream().anyMatch(s -> s.limit().timeLimitId().toString().equals(taskId) && condition.test(s.limit()));
    }

    private static VictimTimeLimit last(List<Sent> sent, String taskId) {
        return sent.stream().map(Sent::limit).filter(l -> l.timeLimitId().toString().equals(taskId)).reduce((a, b) -> b)
                .orElseThrow();
    }

    /** The victim's one task of {@code purpose}, as the victim's view shows it. */
    private static Map<String, Object> task(String token, String victimRef, String purpose) {
        return tasks(token, victimRef).stream().filter(t -> purpose.equals(t.get("purpose"))).findFirst().orElseThrow();
    }

    /** The opened event carries the due date and time the service stored with the task, not its own. */
    private static void dueAsStored(VictimTimeLimit opened, Map<String, Object> task) {
        assertThat(opened.timeLimitId().toString()).isEqualTo(task.get("id"));
        assertThat(opened.dueDate()).isEqualTo(LocalDate.parse((String) task.get("dueDate")));
        assertThat(opened.dueAt()).isEqualTo(Instant.parse((String) task.get("dueAt")));
    }

    private static Map<String, Object> contacted(String purpose, Instant at) {
        Map<String, Object> attempt = new HashMap<>();
        attempt.put("purpose", purpose);
        attempt.put("attemptedAt", at.toString());
        attempt.put("method", "phone");
        attempt.put("contactedPerson", "victim");
        attempt.put("result", "contacted");
        attempt.put("outcomeTold", true);
        attempt.put("supportOffered", true);
        return attempt;
    }

    private static void optOut(String token, String victimRef) {
        post(token, "/victims/" + victimRef + "/consent", Map.of("consentToContact", false, "source", "victim",
                "givenOn", TestClock.today().toString())).then().statusCode(200);
    }

    /** VIC-4: nothing of the victim on the wire, not even which victim. */
    private static void noPersonalData(List<Sent> sent, Map<String, Object> details, String victimRef) {
        assertThat(sent).isNotEmpty().allSatisfy(s -> assertThat(s.raw()).doesNotContain((String) details.get("name"),
                (String) details.get("phone"), (String) details.get("email"), (String) details.get("address"),
                (String) details.get("dateOfBirth"), victimRef, "07700 900654"));
    }

    @Test
    @DisplayName("VIC-1: the first contact's time limit opens at the sentence (step victim-contact, the task's own id and "
            + "stored due date), names the case's team and restorative justice worker, goes with the case to a new worker "
            + "and team, is met on time by the contact's own time, closes as not applicable on an opt-out (VIC-9), and "
            + "carries no personal data of the victim")
    void firstContact() {
        UUID caseId = openCase(kafka, AUTHORITY);
        String rj = rjWorker(AUTHORITY);
        Map<String, Object> morgan = adult("Morgan Ellis");
        String first = referred(AUTHORITY, caseId, morgan);
        LocalDate sentencedOn = TestClock.today();
        sentence(kafka, AUTHORITY, caseId, sentencedOn);
        String firstTask = (String) VictimRequests.tasksOnce(rj, first, t -> !t.isEmpty()).get(0).get("id");

        VictimTimeLimit opened = last(timeLimits(caseId, has(firstTask, l -> true)), firstTask);
        assertThat(opened.status()).isEqualTo(Status.OPEN);
        assertThat(opened.rule()).isEqualTo("VIC-1");
        assertThat(opened.step()).isEqualTo("victim-contact");
        assertThat(opened.triggeredAt()).isEqualTo(sentencedOn.atStartOfDay(Moments.UK).toInstant());
        dueAsStored(opened, task(rj, first, "sentence-outcome"));
        assertThat(opened.team()).as("nobody holds the case yet").isNull();
        assertThat(opened.responsibleWorker()).isNull();

        UUID worker = UUID.randomUUID();
        publish(kafka, Topics.ALLOCATIONS, AUTHORITY, caseId, new CaseAllocated(UUID.randomUUID(), caseId, null, null,
                new CaseManager(UUID.randomUUID(), "band-2", "north"), List.of(), worker, "manager", TestClock.now()));
        VictimTimeLimit allocated = last(timeLimits(caseId, has(firstTask, l -> worker.equals(l.responsibleWorker()))), firstTask);
        assertThat(allocated.status()).isEqualTo(Status.OPEN);
        assertThat(allocated.team()).isEqualTo("north");
        assertThat(allocated.dueAt()).isEqualTo(opened.dueAt());

        // consent after the sentence: owed from now, opened at once for the case's team and worker
        Map<String, Object> jamie = adult("Jamie Price");
        jamie.put("phone", "07700 900777");
        jamie.put("email", "jamie@example.invalid");
        String second = referred(AUTHORITY, caseId, jamie);
        Map<String, Object> secondTask = task(rj, second, "sentence-outcome");
        String secondId = (String) secondTask.get("id");
        VictimTimeLimit later = last(timeLimits(caseId, has(secondId, l -> true)), secondId);
        assertThat(later.rule()).isEqualTo("VIC-1");
        assertThat(later.team()).isEqualTo("north");
        assertThat(later.responsibleWorker()).isEqualTo(worker);
        assertThat(later.triggeredAt()).isAfter(opened.triggeredAt());
        dueAsStored(later, secondTask);

        UUID newWorker = UUID.randomUUID();
        publish(kafka, Topics.ALLOCATIONS, AUTHORITY, caseId, new CaseCoAllocated(UUID.randomUUID(),
                List.of(new AllocatedWorker(UUID.randomUUID(), "case-manager"), new AllocatedWorker(newWorker, "rj-worker")),
                "the restorative justice worker is on leave", TestClock.today(), null));
        List<Sent> moved = timeLimits(caseId, has(firstTask, l -> newWorker.equals(l.responsibleWorker()))
                .and(has(secondId, l -> newWorker.equals(l.responsibleWorker()))));
        assertThat(List.of(last(moved, firstTask), last(moved, secondId))).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo(Status.OPEN);
            assertThat(l.team()).isEqualTo("north");
        });

        Instant phoned = TestClock.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        post(rj, "/victims/" + first + "/contacts", contacted("sentence-outcome", phoned)).then().statusCode(201);
        VictimTimeLimit met = last(timeLimits(caseId, has(firstTask, l -> l.status() == Status.MET)), firstTask);
        assertThat(met.completedAt()).isEqualTo(phoned);
        assertThat(met.onTime()).isTrue();
        assertThat(met.rule()).isEqualTo("VIC-1");
        assertThat(met.dueAt()).isEqualTo(opened.dueAt());
        assertThat(met.responsibleWorker()).isEqualTo(newWorker);

        publish(kafka, Topics.ALLOCATIONS, AUTHORITY, caseId, new InternalTransferCompleted(caseId, "north", "south",
                TestClock.today(), UUID.randomUUID(), new AllocatedWorker(UUID.randomUUID(), "case-manager")));
        VictimTimeLimit transferred = last(timeLimits(caseId, has(secondId, l -> "south".equals(l.team()))), secondId);
        assertThat(transferred.status()).isEqualTo(Status.OPEN);
        assertThat(transferred.responsibleWorker()).isEqualTo(newWorker);

        optOut(rj, second);
        List<Sent> sent = timeLimits(caseId, has(secondId, l -> l.status() == Status.NOT_APPLICABLE));
        VictimTimeLimit closed = last(sent, secondId);
        assertThat(closed.reason()).isEqualTo("the victim opted out of contact on " + TestClock.today() + " (VIC-9)");
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.team()).isEqualTo("south");
        assertThat(last(sent, firstTask).status()).as("met stays met: a moved case sends only its open ones")
                .isEqualTo(Status.MET);
        noPersonalData(sent, morgan, first);
        noPersonalData(sent, jamie, second);
    }

    @Test
    @DisplayName("VIC-6: a victim under 17's first contact runs to the enhanced 1 working day (rule VIC-6), is met late by "
            + "a contact after its due time, and closes as not applicable on an opt-out (VIC-9); neither the child's age, "
            + "name nor contact details are on the wire")
    void enhancedFirstContact() {
        UUID caseId = openCase(kafka, AUTHORITY);
        String rj = rjWorker(AUTHORITY);
        Map<String, Object> kit = child("Kit Summers", 14);
        Map<String, Object> robin = child("Robin Hale", 12);
        robin.put("phone", "07700 900888");
        robin.put("email", "robin@example.invalid");
        String late = referred(AUTHORITY, caseId, kit);
        String leaving = referred(AUTHORITY, caseId, robin);
        LocalDate sentencedOn = TestClock.today().minusDays(14);
        sentence(kafka, AUTHORITY, caseId, sentencedOn);
        VictimRequests.tasksOnce(rj, leaving, t -> !t.isEmpty());
        Map<String, Object> lateTask = task(rj, late, "sentence-outcome");
        String lateId = (String) lateTask.get("id");
        String leavingId = (String) task(rj, leaving, "sentence-outcome").get("id");

        VictimTimeLimit opened = last(timeLimits(caseId, has(lateId, l -> true).and(has(leavingId, l -> true))), lateId);
        assertThat(opened.status()).isEqualTo(Status.OPEN);
        assertThat(opened.rule()).isEqualTo("VIC-6");
        assertThat(opened.step()).isEqualTo("victim-contact");
        assertThat(opened.triggeredAt()).isEqualTo(sentencedOn.atStartOfDay(Moments.UK).toInstant());
        dueAsStored(opened, lateTask);
        assertThat(opened.dueAt()).isBefore(TestClock.now());

        Instant phoned = TestClock.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        post(rj, "/victims/" + late + "/contacts", contacted("sentence-outcome", phoned)).then().statusCode(201);
        optOut(rj, leaving);
        List<Sent> sent = timeLimits(caseId, has(lateId, l -> l.status() == Status.MET)
                .and(has(leavingId, l -> l.status() == Status.NOT_APPLICABLE)));
        VictimTimeLimit met = last(sent, lateId);
        assertThat(met.rule()).isEqualTo("VIC-6");
        assertThat(met.completedAt()).isEqualTo(phoned);
        assertThat(met.onTime()).as("after the due time").isFalse();
        VictimTimeLimit closed = last(sent, leavingId);
        assertThat(closed.rule()).isEqualTo("VIC-6");
        assertThat(closed.reason()).contains("opted out", "VIC-9");
        assertThat(closed.closedAt()).isNotNull();
        noPersonalData(sent, kit, late);
        noPersonalData(sent, robin, leaving);
        assertThat(sent).allSatisfy(s -> assertThat(s.raw()).doesNotContain("Parent of", "dateOfBirth"));
    }

    @Test
    @DisplayName("VIC-8: a victim taking part in a restorative process is owed a progress update (step progress-update), met "
            + "when they are told, and the news of the conclusion (step conclusion-update), closed as not applicable when "
            + "they opt out (VIC-9); no personal data on the wire")
    void keptInformed() {
        UUID caseId = openCase(kafka, AUTHORITY);
        String rj = rjWorker(AUTHORITY);
        Map<String, Object> morgan = adult("Morgan Ellis");
        String victim = referred(AUTHORITY, caseId, morgan);
        post(rj, "/victims/" + victim + "/restorative-decision", Map.of("appropriate", true, "reasons", "both willing"))
                .then().statusCode(200);
        RestAssured.given().auth().oauth2(rj).contentType("application/json").body(Map.of("options", List.of("letter-of-apology")))
                .put(VictimRequests.ROOT + "/victims/" + victim + "/restorative-options").then().statusCode(200);

        publish(kafka, Topics.ORDERS, AUTHORITY, caseId, new OrderVaried(UUID.randomUUID(), TestClock.today(), "variation",
                List.of(), null));
        Map<String, Object> progressTask = VictimRequests.tasksOnce(rj, victim, t -> !t.isEmpty()).get(0);
        String progressId = (String) progressTask.get("id");
        VictimTimeLimit progress = last(timeLimits(caseId, has(progressId, l -> true)), progressId);
        assertThat(progress.status()).isEqualTo(Status.OPEN);
        assertThat(progress.rule()).isEqualTo("VIC-8");
        assertThat(progress.step()).isEqualTo("progress-update");
        dueAsStored(progress, progressTask);

        Instant told = TestClock.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        post(rj, "/victims/" + victim + "/contacts", contacted("progress-update", told)).then().statusCode(201);
        post(rj, "/victims/" + victim + "/restorative-conclusion", Map.of("concludedOn", TestClock.today().toString()))
                .then().statusCode(200);
        Map<String, Object> conclusionTask = task(rj, victim, "conclusion");
        String conclusionId = (String) conclusionTask.get("id");
        optOut(rj, victim);

        List<Sent> sent = timeLimits(caseId, has(progressId, l -> l.status() == Status.MET)
                .and(has(conclusionId, l -> l.status() == Status.NOT_APPLICABLE)));
        VictimTimeLimit met = last(sent, progressId);
        assertThat(met.completedAt()).isEqualTo(told);
        assertThat(met.onTime()).isTrue();
        VictimTimeLimit conclusion = sent.stream().map(Sent::limit)
                .filter(l -> l.timeLimitId().toString().equals(conclusionId)).findFirst().orElseThrow();
        assertThat(conclusion.status()).isEqualTo(Status.OPEN);
        assertThat(conclusion.rule()).isEqualTo("VIC-8");
        assertThat(conclusion.step()).isEqualTo("conclusion-update");
        dueAsStored(conclusion, conclusionTask);
        VictimTimeLimit closed = last(sent, conclusionId);
        assertThat(closed.reason()).contains("opted out", "VIC-9");
        noPersonalData(sent, morgan, victim);
    }
}
