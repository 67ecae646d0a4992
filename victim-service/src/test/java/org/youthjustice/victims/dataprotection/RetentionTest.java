package org.youthjustice.victims.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.youthjustice.victims.VictimRequests.REASON;
import static org.youthjustice.victims.VictimRequests.ROOT;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.publish;
import static org.youthjustice.victims.VictimRequests.rjWorker;
import static org.youthjustice.victims.VictimRequests.sentence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.events.Topics;
import org.youthjustice.events.orders.OrderCompleted;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.testing.TestClock;
import org.youthjustice.victims.VictimRequests;
import org.youthjustice.victims.VictimServiceInfrastructure;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class RetentionTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    private boolean caseClosed(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                "select closed_on is not null from victim_case where case_id = :id").setParameter("id", caseId)
                .getSingleResult());
    }

    @Test
    @DisplayName("VIC-10: once the case and the restorative work have closed, the victim's personal data is kept for the "
            + "authority's retention period (24 months) and then erased, audited, leaving the pseudonymous reference")
    void erasedAfterRetention() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        // a victim who did not consent to contact: no contact is owed, so only the case keeps the data
        String victim = VictimRequests.refer("wokingham", VictimRequests.referral(caseId, adult("Ottoline Vexworth"), false))
                .then().statusCode(201).extract().path("victimRef");
        UUID orderId = sentence(kafka, "wokingham", caseId, TestClock.today());
        retention.eraseDue();
        publish(kafka, Topics.ORDERS, "wokingham", caseId, new OrderCompleted(orderId, TestClock.today(), "expired"));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> caseClosed(caseId));

        TestClock.set(TestClock.today().plusMonths(24), LocalTime.of(12, 0));
        retention.eraseDue();
        given().auth().oauth2(rj).header(REASON, "still kept?").get(ROOT + "/victims/" + victim + "/details").then().statusCode(200)
                .body("name", equalTo("Ottoline Vexworth"));

        TestClock.set(TestClock.today().plusDays(1), LocalTime.of(0, 30));
        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(rj).header(REASON, "erased?").get(ROOT + "/victims/" + victim + "/details").then().statusCode(409);
        given().auth().oauth2(rj).get(ROOT + "/victims/" + victim).then().statusCode(200).body("victimRef", equalTo(victim))
                .body("erasedAt", notNullValue()).body("consentToContact", equalTo(false));
        given().auth().oauth2(VictimRequests.teamManager("wokingham")).get(ROOT + "/audit?victimRef=" + victim).then()
                .body("action", hasItem("victim.erased")).body("[0].rationale", org.hamcrest.Matchers.containsString("VIC-10"));
        String row = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select concat_ws('|', key_id, name, phone, email, address, police_reference) from victim where id = cast(:id as uuid)")
                .setParameter("id", victim).getSingleResult());
        assertThat(row).isEmpty();
        given().auth().oauth2(VictimRequests.serviceManager("wokingham")).header(REASON, "SAR after erasure")
                .get(ROOT + "/victims/" + victim + "/subject-access-export").then().statusCode(200)
                .body("erased", equalTo(true)).body("details", nullValue());
    }

    @Test
    @DisplayName("VIC-10: a victim still owed contact, or taking part in restorative work, is not erased however long ago the case closed")
    void openWorkKeepsTheData() {
        UUID caseId = openCase(kafka, "wokingham");
        String rj = rjWorker("wokingham");
        String victim = VictimRequests.referred("wokingham", caseId, adult("Ottoline Vexworth"));
        UUID orderId = sentence(kafka, "wokingham", caseId, TestClock.today());
        VictimRequests.tasksOnce(rj, victim, t -> !t.isEmpty());
        publish(kafka, Topics.ORDERS, "wokingham", caseId, new OrderCompleted(orderId, TestClock.today(), "expired"));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> caseClosed(caseId));

        TestClock.set(TestClock.today().plusYears(5), LocalTime.NOON);
        retention.eraseDue();
        given().auth().oauth2(rj).header(REASON, "still owed contact").get(ROOT + "/victims/" + victim + "/details").then()
                .statusCode(200);
    }
}
