package org.youthjustice.victims.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.youthjustice.victims.VictimRequests.REASON;
import static org.youthjustice.victims.VictimRequests.ROOT;
import static org.youthjustice.victims.VictimRequests.adult;
import static org.youthjustice.victims.VictimRequests.openCase;
import static org.youthjustice.victims.VictimRequests.referred;
import static org.youthjustice.victims.VictimRequests.rjWorker;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.youthjustice.testing.InjectKafkaBroker;
import org.youthjustice.testing.KafkaBroker;
import org.youthjustice.victims.VictimServiceInfrastructure;
import org.youthjustice.victims.personaldata.FieldCipher;

@QuarkusTest
@TestProfile(VictimServiceInfrastructure.class)
class SealingTest {
    @InjectKafkaBroker
    KafkaBroker kafka;

    @Inject
    EntityManager entityManager;

    @Inject
    KeyRotation rotation;

    /** The old key as the service was configured with it (a test seals with it, as before a rotation). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "yj.victims.personal-data.keys.\"" + VictimServiceInfrastructure.OLD_KEY + "\"")
    String oldKey;

    private Object[] row(String victim) {
        // across the tenancy filter on purpose: what a database administrator would see
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select v::text, key_id, name, phone from victim v where id = cast(:id as uuid)", Object[].class)
                .setParameter("id", victim).getSingleResult());
    }

    @Test
    @DisplayName("VIC-4: the columns holding a victim's personal data are not readable as plain text; the row names its key")
    void columnsAreSealed() {
        UUID caseId = openCase(kafka, "wokingham");
        String victim = referred("wokingham", caseId, adult("Ottoline Vexworth"));

        Object[] row = row(victim);
        // the phone number whole, as VictimRequests writes it: its first digits alone turn up in a sealed column's hex
        // now and then by chance (a CI run found 07700 inside one)
        assertThat((String) row[0]).doesNotContain("Ottoline", "Vexworth", "Larch", "07700 900321", "example.invalid")
                .contains(victim);
        assertThat(row[1]).isEqualTo(VictimServiceInfrastructure.CURRENT_KEY);
        assertThat(new String((byte[]) row[2], StandardCharsets.ISO_8859_1)).doesNotContain("Ottoline");
        assertThat(new String((byte[]) row[3], StandardCharsets.ISO_8859_1)).doesNotContain("07700 900321");
    }

    @Test
    @DisplayName("VIC-4: after a key rotation, rows sealed with the old key still open and are sealed again with the current one")
    void rotation() {
        UUID caseId = openCase(kafka, "wokingham");
        String victim = referred("wokingham", caseId, adult("Ottoline Vexworth"));
        Map<String, Object> details = adult("Ottoline Vexworth");
        // as the row was before the rotation: every field sealed with the old key
        FieldCipher old = new FieldCipher(Map.of(VictimServiceInfrastructure.OLD_KEY,
                Base64.getDecoder().decode(oldKey)), VictimServiceInfrastructure.OLD_KEY);
        QuarkusTransaction.requiringNew().run(() -> {
            var update = entityManager.createNativeQuery("""
                    update victim set key_id = :key, name = :name, date_of_birth = :born, address = :address, phone = :phone,
                    email = :email, preferred_contact_method = :method where id = cast(:id as uuid)""")
                    .setParameter("key", VictimServiceInfrastructure.OLD_KEY).setParameter("id", victim);
            for (String[] field : List.of(new String[] { "name", "name" }, new String[] { "born", "dateOfBirth" },
                    new String[] { "address", "address" }, new String[] { "phone", "phone" }, new String[] { "email", "email" })) {
                update.setParameter(field[0], old.seal((String) details.get(field[1]), "victim/" + victim + "/" + field[1]));
            }
            update.setParameter("method", old.seal("PHONE", "victim/" + victim + "/preferredContactMethod"));
            update.executeUpdate();
        });
        String rj = rjWorker("wokingham");
        given().auth().oauth2(rj).header(REASON, "rotation check").get(ROOT + "/victims/" + victim + "/details").then()
                .statusCode(200).body("name", equalTo("Ottoline Vexworth"));

        assertThat(rotation.resealAll()).isGreaterThanOrEqualTo(1);
        assertThat(row(victim)[1]).isEqualTo(VictimServiceInfrastructure.CURRENT_KEY);
        given().auth().oauth2(rj).header(REASON, "rotation check").get(ROOT + "/victims/" + victim + "/details").then()
                .statusCode(200).body("name", equalTo("Ottoline Vexworth")).body("phone", equalTo("07700 900321"));
        assertThat(rotation.resealAll()).isZero();
    }
}
