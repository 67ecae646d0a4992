package org.youthjustice.compliance.letters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.OrderServiceStandIn;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.Topics;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.testing.TestTokens;

@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class LetterTest {
    private static final String PROBLEM = "application/problem+json";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String MOTHER = "{\"name\": \"Pat Smith\", \"relationship\": \"mother\", \"address\": \"12 Rose Street, Wokingham, RG40 1AA\"}";

    @InjectKafkaBroker
    KafkaBroker kafka;

    private SupervisedCase underOrder(String authority) {
        return Supervision.underOrder(kafka, authority, TestClock.today().minusMonths(2), TestClock.today().plusMonths(6), false);
    }

    /** order-service's view of the child: Alex Smith, born on {@code born}, with these parents/carers (JSON objects). */
    private static void child(SupervisedCase supervised, LocalDate born, String... parentCarers) {
        OrderServiceStandIn.child(supervised.caseId(), """
                {"id": "%s", "reference": "%s", "status": "open",
                 "child": {"givenName": "Alex", "familyName": "Smith", "dateOfBirth": "%s",
                           "address": "12 Rose Street, Wokingham, RG40 1AA", "parentCarers": [%s]}}"""
                .formatted(supervised.caseId(), Supervision.reference(supervised.caseId()), born, String.join(", ", parentCarers)));
    }

    private static String path(SupervisedCase supervised, String rest) {
        return "/api/compliance/cases/" + supervised.caseId() + rest;
    }

    private static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    /** An appointment {@code days} days ahead at 4 pm UK time; its id and start. */
    private record Scheduled(String id, Instant startsAt) {
    }

    private static Scheduled appointmentIn(SupervisedCase supervised, int days, String place) {
        Instant starts = TestClock.today().plusDays(days).atTime(16, 0).atZone(LONDON).toInstant();
        String id = post(supervised.caseManagerToken(), path(supervised, "/appointments"), Map.of("orderId",
                supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", place, "withWhom", "Sam Patel"))
                .then().statusCode(201).extract().path("appointment.id");
        return new Scheduled(id, starts);
    }

    /** How a letter writes a moment: "Monday 30 November 2026 at 4:00 pm". */
    private static String written(Instant at) {
        var local = at.atZone(LONDON);
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(local) + " at "
                + DateTimeFormatter.ofPattern("h:mm a", Locale.UK).format(local).toLowerCase(Locale.UK);
    }

    private static String pdfText(String token, String pdfPath) {
        byte[] pdf = given().auth().oauth2(token).get(pdfPath).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    private static Map<String, Object> letterOf(SupervisedCase supervised, String kind) {
        return given().auth().oauth2(supervised.caseManagerToken()).get(path(supervised, "/letters")).then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream().filter(l -> kind.equals(l.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " letter"));
    }

    @Test
    @DisplayName("CMP-5, X-6, CMP-11: the first warning letter is recorded with the warning, names the next appointment, "
            + "goes to a child under 16 with the parent copied, and is kept as a PDF")
    void firstWarningLetter() {
        SupervisedCase supervised = underOrder("wokingham");
        child(supervised, TestClock.today().minusYears(15), MOTHER);
        String absence = Supervision.missed(supervised, 200);
        Supervision.judgedUnacceptable(supervised, absence);

        Map<String, Object> pending = letterOf(supervised, "first-warning");
        assertThat(pending).containsEntry("status", "pending").containsEntry("rule", "CMP-5").containsEntry("pdf", null);
        String letterId = (String) pending.get("id");
        List<ConsumerRecord<String, String>> warnings = kafka.readUntil(Topics.COMPLIANCE, records -> records.stream()
                .anyMatch(r -> r.value().contains(letterId)), Duration.ofSeconds(30));
        EventEnvelope warning = warnings.stream().filter(r -> r.value().contains(letterId)).map(r -> EventJson.read(r.value()))
                .findFirst().orElseThrow();
        assertThat(warning.dataAs(WarningIssued.class).letterId()).hasToString(letterId);
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/due").then().statusCode(200)
                .body("find { it.letterId == '" + letterId + "' }.action", equalTo("write the first-warning letter"))
                .body("find { it.letterId == '" + letterId + "' }.rule", equalTo("CMP-5"));
        given().auth().oauth2(supervised.caseManagerToken()).get(path(supervised, "/letters/" + letterId + "/pdf"))
                .then().statusCode(409).contentType(PROBLEM);

        // no next appointment yet: the letter cannot name it
        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("CMP-5"));
        assertThat(letterOf(supervised, "first-warning")).containsEntry("status", "pending");

        Scheduled next = appointmentIn(supervised, 3, "YJS office, Shute End");
        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(200)
                .body("status", equalTo("produced"))
                .body("nextAppointmentId", equalTo(next.id()))
                .body("templateVersion", equalTo("default"))
                .body("parentCarersCopied", equalTo(1))
                .body("letterDate", equalTo(TestClock.today().toString()));
        // read on the case manager's behalf: their own token went to order-service
        String payload = new String(java.util.Base64.getUrlDecoder().decode(
                OrderServiceStandIn.tokenAskedWith(supervised.caseId()).split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(io.restassured.path.json.JsonPath.from(payload).getString("sub")).isEqualTo(supervised.caseManager().toString());

        String text = pdfText(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/pdf"));
        assertThat(text).contains("Alex Smith 12 Rose Street Wokingham RG40 1AA")
                .contains("First warning")
                .contains("Dear Alex")
                .contains("Your next appointment is on " + written(next.startsAt()) + " at YJS office, Shute End")
                .contains("Our reference: " + Supervision.reference(supervised.caseId()))
                .contains("Copy to: Pat Smith (mother)")
                .contains("Copy for Pat Smith of a letter to Alex Smith");

        // written once: asking again answers the letter as it is
        String producedAt = letterOf(supervised, "first-warning").get("producedAt").toString();
        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(200).body("producedAt", equalTo(producedAt));
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/due").then().statusCode(200)
                .body("letterId", not(hasItem(letterId)));
    }

    @Test
    @DisplayName("CMP-6: the second warning letter names the compliance meeting with a manager, once it is arranged")
    void secondWarningLetter() {
        SupervisedCase supervised = underOrder("wokingham");
        child(supervised, TestClock.today().minusYears(17));
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 200));
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 180));
        String letterId = (String) letterOf(supervised, "second-warning").get("id");

        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("CMP-6"));

        String meeting = given().auth().oauth2(supervised.caseManagerToken())
                .get(path(supervised, "/orders/" + supervised.orderId() + "/escalation")).then().statusCode(200)
                .extract().path("history.find { it.step == 'compliance-meeting' }.id");
        Instant meetingAt = TestClock.today().plusDays(2).atTime(10, 30).atZone(LONDON).toInstant();
        post(supervised.caseManagerToken(), path(supervised, "/enforcement/" + meeting + "/compliance-meeting"),
                Map.of("at", meetingAt.toString(), "place", "Council offices, Shute End")).then().statusCode(200);

        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(200).body("status", equalTo("produced")).body("meetingAt", equalTo(meetingAt.toString()))
                .body("parentCarersCopied", equalTo(0));
        String text = pdfText(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/pdf"));
        assertThat(text).contains("Second warning")
                .contains("meeting with a manager on " + written(meetingAt) + " at Council offices, Shute End")
                .doesNotContain("Copy to");
    }

    @Test
    @DisplayName("X-6: the parent/carer is copied while the child is under 16 on the letter's date: not on the 16th birthday, "
            + "still the day before it; under 16 with no parent/carer recorded, no letter")
    void copiedByAgeOnTheLettersDate() {
        LocalDate today = TestClock.today();
        Map<String, Object> month = Map.of("from", today.toString(), "to", today.plusMonths(1).toString());

        SupervisedCase sixteenToday = underOrder("wokingham");
        child(sixteenToday, today.minusYears(16), MOTHER);
        Scheduled appointment = appointmentIn(sixteenToday, 2, "YJS office, Shute End");
        String pdf = post(sixteenToday.caseManagerToken(), path(sixteenToday, "/letters/appointments"),
                withOrder(month, sixteenToday)).then().statusCode(201)
                .body("kind", equalTo("appointments")).body("rule", equalTo("X-6"))
                .body("parentCarersCopied", equalTo(0))
                .body("addressing", equalTo("addressed to the child: the child is 16 on the letter's date, " + today))
                .extract().path("pdf");
        assertThat(pdfText(sixteenToday.caseManagerToken(), pdf))
                .contains("Your appointments")
                .contains("- " + written(appointment.startsAt()) + " at YJS office, Shute End, with Sam Patel")
                .doesNotContain("Copy to").doesNotContain("Pat Smith");

        SupervisedCase sixteenTomorrow = underOrder("wokingham");
        child(sixteenTomorrow, today.plusDays(1).minusYears(16), MOTHER);
        appointmentIn(sixteenTomorrow, 2, "YJS office, Shute End");
        pdf = post(sixteenTomorrow.caseManagerToken(), path(sixteenTomorrow, "/letters/appointments"),
                withOrder(month, sixteenTomorrow)).then().statusCode(201).body("parentCarersCopied", equalTo(1))
                .extract().path("pdf");
        assertThat(pdfText(sixteenTomorrow.caseManagerToken(), pdf)).contains("Copy to: Pat Smith (mother)");

        SupervisedCase noParent = underOrder("wokingham");
        child(noParent, today.minusYears(14));
        appointmentIn(noParent, 2, "YJS office, Shute End");
        post(noParent.caseManagerToken(), path(noParent, "/letters/appointments"), withOrder(month, noParent))
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].rule", equalTo("X-6"));
        given().auth().oauth2(noParent.caseManagerToken()).get(path(noParent, "/letters")).then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static Map<String, Object> withOrder(Map<String, Object> period, SupervisedCase supervised) {
        Map<String, Object> entry = new java.util.HashMap<>(period);
        entry.put("orderId", supervised.orderId().toString());
        return entry;
    }

    @Test
    @DisplayName("CMP-11: the authority changes a template without a release: it is checked, versioned, used from then on, "
            + "and other authorities keep theirs")
    void templatesChangeWithoutARelease() {
        String manager = TestTokens.forSubject("tm-" + UUID.randomUUID()).authority("bracknell-forest").roles("team-manager").sign();
        given().auth().oauth2(manager).get("/api/compliance/letter-templates/appointments").then().statusCode(200)
                .body("version", equalTo("default")).body("mustName", equalTo("appointments"));

        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("body", "Dear {child.givenName}, see you soon."))
                .put("/api/compliance/letter-templates/first-warning").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("CMP-5"));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("body", "Dear {child.givenName}, {#for a in appointments}{a.when}"))
                .put("/api/compliance/letter-templates/appointments").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("CMP-11"));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("body", "Dear {child.shoeSize}, {#for a in appointments}{a.when}{/for}"))
                .put("/api/compliance/letter-templates/appointments").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].rule", equalTo("CMP-11"));
        String caseWorker = TestTokens.token("bracknell-forest", "case-worker");
        given().auth().oauth2(caseWorker).contentType(ContentType.JSON)
                .body(Map.of("body", "Hello {#for a in appointments}{a.when}{/for}"))
                .put("/api/compliance/letter-templates/appointments").then().statusCode(403);
        given().auth().oauth2(manager).get("/api/compliance/letter-templates/appointments").then().statusCode(200)
                .body("version", equalTo("default"));

        String changed = """
                Hello {child.givenName}, these are the times we meet in Bracknell Forest:

                {#for appointment in appointments}
                * {appointment.when}, {appointment.place}
                {/for}

                {signedBy}""";
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("body", changed))
                .put("/api/compliance/letter-templates/appointments").then().statusCode(200)
                .body("version", equalTo("1")).body("body", equalTo(changed));

        SupervisedCase supervised = underOrder("bracknell-forest");
        child(supervised, TestClock.today().minusYears(17));
        Scheduled appointment = appointmentIn(supervised, 2, "Easthampstead House");
        LocalDate today = TestClock.today();
        String pdf = post(supervised.caseManagerToken(), path(supervised, "/letters/appointments"), Map.of("orderId",
                supervised.orderId().toString(), "from", today.toString(), "to", today.plusWeeks(1).toString()))
                .then().statusCode(201).body("templateVersion", equalTo("1")).extract().path("pdf");
        assertThat(pdfText(supervised.caseManagerToken(), pdf))
                .contains("these are the times we meet in Bracknell Forest")
                .contains("* " + written(appointment.startsAt()) + ", Easthampstead House")
                .contains("Bracknell Forest Youth Justice Service");

        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("body", changed + "\n\nThank you."))
                .put("/api/compliance/letter-templates/appointments").then().statusCode(200).body("version", equalTo("2"));
        // another authority's templates are its own
        given().auth().oauth2(TestTokens.token("wokingham", "team-manager")).get("/api/compliance/letter-templates")
                .then().statusCode(200).body("find { it.kind == 'appointments' }.version", equalTo("default"));
    }

    @Test
    @DisplayName("CMP-11: a letter is never lost: order-service down leaves it pending (503) until it can be written; "
            + "evidence arriving first withdraws it")
    void neverLostOnAFailure() {
        SupervisedCase supervised = underOrder("wokingham");
        OrderServiceStandIn.failing(supervised.caseId(), 503);
        Supervision.judgedUnacceptable(supervised, Supervision.missed(supervised, 200));
        appointmentIn(supervised, 3, "YJS office, Shute End");
        String letterId = (String) letterOf(supervised, "first-warning").get("id");

        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(503).contentType(PROBLEM).header("Retry-After", notNullValue());
        assertThat(letterOf(supervised, "first-warning")).containsEntry("status", "pending");
        given().auth().oauth2(supervised.caseManagerToken()).get(path(supervised, "/orders/" + supervised.orderId() + "/escalation"))
                .then().statusCode(200).body("nextActions.find { it.letterId == '" + letterId + "' }.action",
                        equalTo("write the first-warning letter"));

        child(supervised, TestClock.today().minusYears(17));
        post(supervised.caseManagerToken(), path(supervised, "/letters/" + letterId + "/production"), "")
                .then().statusCode(200).body("status", equalTo("produced"));

        // a second warning whose absence proves acceptable before its letter is written is not sent
        String second = Supervision.missed(supervised, 180);
        Supervision.judgedUnacceptable(supervised, second);
        String secondLetter = (String) letterOf(supervised, "second-warning").get("id");
        post(supervised.caseManagerToken(), path(supervised, "/absences/" + second + "/evidence"),
                Map.of("kind", "sick-note", "description", "GP note covering the day")).then().statusCode(200);
        assertThat(letterOf(supervised, "second-warning")).containsEntry("status", "withdrawn");
        post(supervised.caseManagerToken(), path(supervised, "/letters/" + secondLetter + "/production"), "")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    @DisplayName("X-1: another authority's letters, and a case worker's colleague's, are not found; bad periods are 400")
    void isolationAndBadInput() {
        SupervisedCase supervised = underOrder("wokingham");
        child(supervised, TestClock.today().minusYears(17));
        appointmentIn(supervised, 2, "YJS office, Shute End");
        LocalDate today = TestClock.today();
        String letter = post(supervised.caseManagerToken(), path(supervised, "/letters/appointments"), Map.of("orderId",
                supervised.orderId().toString(), "from", today.toString(), "to", today.plusDays(7).toString()))
                .then().statusCode(201).extract().path("id");

        for (String stranger : List.of(TestTokens.token("bracknell-forest", "team-manager"),
                TestTokens.forSubject(UUID.randomUUID().toString()).authority("wokingham").team("another-team").roles("case-worker").sign())) {
            given().auth().oauth2(stranger).get(path(supervised, "/letters")).then().statusCode(404).contentType(PROBLEM);
            given().auth().oauth2(stranger).get(path(supervised, "/letters/" + letter)).then().statusCode(404);
            given().auth().oauth2(stranger).get(path(supervised, "/letters/" + letter + "/pdf")).then().statusCode(404);
            post(stranger, path(supervised, "/letters/" + letter + "/production"), "").then().statusCode(404);
            post(stranger, path(supervised, "/letters/appointments"), Map.of("orderId", supervised.orderId().toString(),
                    "from", today.toString(), "to", today.plusDays(7).toString())).then().statusCode(404);
        }
        post(supervised.caseManagerToken(), path(supervised, "/letters/appointments"), Map.of("orderId",
                supervised.orderId().toString(), "from", today.toString(), "to", today.minusDays(1).toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("to"));
        post(supervised.caseManagerToken(), path(supervised, "/letters/appointments"), Map.of("from", today.toString()))
                .then().statusCode(400).contentType(PROBLEM);
        post(supervised.caseManagerToken(), path(supervised, "/letters/appointments"), Map.of("orderId",
                supervised.orderId().toString(), "from", today.plusMonths(5).toString(), "to", today.plusMonths(6).toString()))
                .then().statusCode(422).body("violations[0].rule", equalTo("X-6"));
        given().auth().oauth2(supervised.caseManagerToken()).get(path(supervised, "/letters")).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].stepId", nullValue());
        given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/letter-templates/no-such-kind")
                .then().statusCode(404).contentType(PROBLEM);
    }
}
