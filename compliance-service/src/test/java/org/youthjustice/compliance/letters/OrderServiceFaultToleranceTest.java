package org.youthjustice.compliance.letters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.compliance.ComplianceServiceInfrastructure;
import org.youthjustice.compliance.OrderServiceStandIn;
import org.youthjustice.compliance.Supervision;
import org.youthjustice.compliance.Supervision.SupervisedCase;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;

/**
 * Letters read the child's contact details from order-service while the user waits (OrderServiceCases):
 * an order-service that is slow, down or failing costs a bounded wait and a 503 problem with Retry-After,
 * never a 500 and never a half-written letter; what may pass is asked again, what is order-service's
 * considered answer (403, 404) is not; and once it is plainly down, letters are refused at once. The
 * stand-in counts the requests it had, so each test sees how often order-service was asked.
 */
@QuarkusTest
@TestProfile(ComplianceServiceInfrastructure.class)
class OrderServiceFaultToleranceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String UNAVAILABLE = "urn:youth-justice:problem:unavailable";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    DataSource dataSource;

    /** Each test starts, and leaves the service's other tests, with order-service up and the circuit closed. */
    @BeforeEach
    @AfterEach
    void orderServiceWorking() {
        OrderServiceStandIn.up();
        circuitBreakers.reset(OrderServiceCases.CIRCUIT_BREAKER);
    }

    /** A case with an appointment in the coming month, which an appointment letter can be written about. */
    private SupervisedCase withAnAppointment() {
        SupervisedCase supervised = Supervision.underOrder(kafka, "wokingham", TestClock.today().minusMonths(2),
                TestClock.today().plusMonths(6), false);
        Instant starts = TestClock.today().plusDays(2).atTime(16, 0).atZone(LONDON).toInstant();
        given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("orderId", supervised.orderId().toString(), "kind", "supervision", "startsAt", starts.toString(),
                        "endsAt", starts.plus(Duration.ofHours(1)).toString(), "place", "YJS office, Shute End", "withWhom", "Sam Patel"))
                .post("/api/compliance/cases/" + supervised.caseId() + "/appointments").then().statusCode(201);
        return supervised;
    }

    /** order-service's view of the child, 17 (so no parent/carer is needed on the letter). */
    private static String caseView(SupervisedCase supervised) {
        return """
                {"id": "%s", "reference": "%s", "status": "open",
                 "child": {"givenName": "Alex", "familyName": "Smith", "dateOfBirth": "%s",
                           "address": "12 Rose Street, Wokingham, RG40 1AA", "parentCarers": []}}"""
                .formatted(supervised.caseId(), Supervision.reference(supervised.caseId()), TestClock.today().minusYears(17));
    }

    /** Asks for the appointment letter of the coming month, which reads the child's details from order-service. */
    private static Response appointmentLetter(SupervisedCase supervised) {
        LocalDate today = TestClock.today();
        return given().auth().oauth2(supervised.caseManagerToken()).contentType(ContentType.JSON)
                .body(Map.of("orderId", supervised.orderId().toString(), "from", today.toString(), "to", today.plusMonths(1).toString()))
                .post("/api/compliance/cases/" + supervised.caseId() + "/letters/appointments");
    }

    private static int letters(SupervisedCase supervised) {
        return given().auth().oauth2(supervised.caseManagerToken()).get("/api/compliance/cases/" + supervised.caseId() + "/letters")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private long count(String sql, String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The case's audit entries and outbox events: a letter written leaves one of each kind it writes. */
    private long[] trail(SupervisedCase supervised) throws SQLException {
        String caseId = supervised.caseId().toString();
        return new long[] {
                count("select count(*) from platform.audit_entry where record_type = 'case' and record_id = ?", caseId),
                count("select count(*) from platform.outbox_event where message_key = ?", caseId) };
    }

    private CircuitBreakerState circuit() {
        return circuitBreakers.currentState(OrderServiceCases.CIRCUIT_BREAKER);
    }

    @Test
    @DisplayName("order-service that does not answer: each attempt gives up at its timeout, and after the retries the "
            + "letter is refused 503 with Retry-After within a bounded time, nothing written")
    void slowOrderServiceIsABoundedUnavailable() throws SQLException {
        SupervisedCase supervised = withAnAppointment();
        OrderServiceStandIn.slow(supervised.caseId(), caseView(supervised));
        long[] before = trail(supervised);
        try {
            // 3 attempts of 3 s and two short pauses, about 10 s; the bound only says it never hangs
            appointmentLetter(supervised).then().time(lessThan(30L), TimeUnit.SECONDS)
                    .statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "10")
                    .body("type", equalTo(UNAVAILABLE))
                    .body("status", equalTo(503));
            // a timeout may pass, so it was asked again: the first attempt and 2 retries
            assertThat(OrderServiceStandIn.requests(supervised.caseId())).isEqualTo(3);
        } finally {
            OrderServiceStandIn.child(supervised.caseId(), caseView(supervised));
        }
        assertThat(letters(supervised)).isZero();
        assertThat(trail(supervised)).containsExactly(before);
    }

    @Test
    @DisplayName("order-service down, connections refused: the letter is refused 503 application/problem+json with "
            + "Retry-After, and neither the letter nor its audit entry nor any event is stored")
    void orderServiceDownStoresNothing() throws SQLException {
        SupervisedCase supervised = withAnAppointment();
        OrderServiceStandIn.child(supervised.caseId(), caseView(supervised));
        long[] before = trail(supervised);
        OrderServiceStandIn.down();

        appointmentLetter(supervised).then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "10")
                .body("type", equalTo(UNAVAILABLE))
                .body("title", equalTo("Temporarily unavailable"))
                .body("detail", equalTo("the child's contact details could not be read from order-service; nothing was written: "
                        + "try again shortly"));

        assertThat(letters(supervised)).isZero();
        assertThat(trail(supervised)).containsExactly(before);

        // back up: the same request writes the letter
        OrderServiceStandIn.up();
        appointmentLetter(supervised).then().statusCode(201).body("status", equalTo("produced"));
        assertThat(letters(supervised)).isOne();
    }

    @Test
    @DisplayName("order-service failing again and again opens the circuit: the next letter is refused 503 with Retry-After "
            + "without order-service being asked, even though it would now answer")
    void anOpenCircuitFailsFast() {
        SupervisedCase supervised = withAnAppointment();
        OrderServiceStandIn.failing(supervised.caseId(), 503);

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            appointmentLetter(supervised).then().statusCode(503).contentType(PROBLEM).body("type", equalTo(UNAVAILABLE));
            return circuit() == CircuitBreakerState.OPEN;
        });

        // order-service is well again, but the circuit has not let anyone find out yet
        OrderServiceStandIn.child(supervised.caseId(), caseView(supervised));
        appointmentLetter(supervised).then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "10")
                .body("type", equalTo(UNAVAILABLE));
        assertThat(OrderServiceStandIn.requests(supervised.caseId())).isZero();
        assertThat(letters(supervised)).isZero();
    }

    @Test
    @DisplayName("order-service answering 503 once, then the case: the letter is written after one retry")
    void aTransientFailureIsRetried() {
        SupervisedCase supervised = withAnAppointment();
        OrderServiceStandIn.answering(supervised.caseId(), caseView(supervised), 503, 200);

        appointmentLetter(supervised).then().statusCode(201).body("status", equalTo("produced"));

        assertThat(OrderServiceStandIn.requests(supervised.caseId())).isEqualTo(2);
        assertThat(letters(supervised)).isOne();
        assertThat(circuit()).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    @DisplayName("order-service's own answers keep their meaning and are asked once: 404 is not found, 401 and 403 are "
            + "forbidden; however many, they never open the circuit")
    void refusalsAreNotRetried() {
        SupervisedCase unknown = withAnAppointment();
        appointmentLetter(unknown).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:youth-justice:problem:not-found"))
                .body("detail", equalTo("case " + unknown.caseId() + " in order-service was not found"));
        assertThat(OrderServiceStandIn.requests(unknown.caseId())).isOne();

        for (int status : new int[] { 403, 401 }) {
            SupervisedCase refused = withAnAppointment();
            OrderServiceStandIn.failing(refused.caseId(), status);
            appointmentLetter(refused).then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("urn:youth-justice:problem:forbidden"))
                    .body("detail", equalTo("order-service does not let you read this child's contact details"));
            assertThat(OrderServiceStandIn.requests(refused.caseId())).isOne();
            assertThat(letters(refused)).isZero();
        }

        // order-service is working when it refuses: many refusals in a row are no reason to stop asking it
        for (int i = 0; i < 10; i++) {
            appointmentLetter(unknown).then().statusCode(404);
        }
        assertThat(circuit()).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(OrderServiceStandIn.requests(unknown.caseId())).isEqualTo(11);
    }
}
