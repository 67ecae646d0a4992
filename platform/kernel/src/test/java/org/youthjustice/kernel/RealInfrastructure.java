package org.youthjustice.kernel;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.youthjustice.testing.KafkaResource;
import org.youthjustice.testing.KeycloakResource;
import org.youthjustice.testing.PostgresResource;
import org.youthjustice.testing.TestClock;

/** The kernel's sample service against a real PostgreSQL, a real Kafka broker and a real Keycloak. */
public class RealInfrastructure implements QuarkusTestProfile {
    public static final String DEMO_PASSWORD = "Demo-Only-Passw0rd";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresResource.class, Map.of("database", "kernel_test"), true),
                new TestResourceEntry(KafkaResource.class, Map.of(), true),
                new TestResourceEntry(KeycloakResource.class, Map.of(), true));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yj.clock.start", TestClock.START.toString());
    }
}
