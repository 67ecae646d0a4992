package org.youthjustice.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.youthjustice.clock.MovableClock;
import org.youthjustice.testing.TestClock;

/** The platform clock as a running service has it under the test profile. */
@QuarkusTest
@TestProfile(RealInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceClockTest {

    @Inject
    Clock clock;

    @Test
    @Order(1)
    @DisplayName("X-4: what the service records is dated by the platform clock, which a test sets")
    void recordsAreDatedByThePlatformClock() {
        assertThat(clock).isInstanceOf(MovableClock.class);
        // 00:30 UTC on 31 October 2027: 01:30 BST, the night the clocks go back
        TestClock.set("2027-10-31T00:30:00Z");

        String token = RealmUsers.token("wokingham-case-worker");
        String id = TenancyTest.createNote(token);

        Instant occurredAt = Instant.parse(given().auth().oauth2(token).get("/notes/" + id + "/audit")
                .then().statusCode(200).extract().path("[0].occurredAt"));
        assertThat(occurredAt).isBetween(Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T00:35:00Z"));
    }

    @Test
    @Order(2)
    @DisplayName("each test starts at the start instant, whatever the test before it set")
    void eachTestStartsAtTheStartInstant() {
        assertThat(TestClock.now()).isBetween(TestClock.START, TestClock.START.plusSeconds(60));
        assertThat(TestClock.today()).isEqualTo(TestClock.START_DAY);
    }
}
