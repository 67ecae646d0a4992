package org.youthjustice.kernel;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.youthjustice.testing.KafkaResource;
import org.youthjustice.testing.LocalTokenResource;
import org.youthjustice.testing.PostgresResource;
import org.youthjustice.testing.TestClock;

/**
 * The kernel's sample service against a real PostgreSQL and a real Kafka broker, trusting the build's test key for the
 * realm's tokens ({@link RealmUsers}): real Keycloak tokens are the end-to-end suites' to prove.
 */
public class RealInfrastructure implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresResource.class, Map.of("database", "kernel_test"), true),
                new TestResourceEntry(KafkaResource.class, Map.of(), true),
                new TestResourceEntry(LocalTokenResource.class, Map.of(), false));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yj.clock.start", TestClock.START.toString());
    }
}
