package org.youthjustice.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure a service's tests run against: a real PostgreSQL with the service's database, a
 * real Kafka broker, and locally signed tokens ({@link TestTokens}). A service names its database in
 * a subclass; every test class of the service uses that one profile, so the service starts once.
 */
public abstract class ServiceInfrastructure implements QuarkusTestProfile {

    /** The service's database name, e.g. {@code order_service}. */
    protected abstract String database();

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(PostgresResource.class, Map.of("database", database()), true),
                new TestResourceEntry(KafkaResource.class, Map.of(), true),
                new TestResourceEntry(LocalTokenResource.class));
    }

    @Override
    public final Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(serviceConfig());
        config.put("yj.clock.start", TestClock.START.toString());
        return config;
    }

    /** The service's own test configuration (an authority's policy, a scan switched off). */
    protected Map<String, String> serviceConfig() {
        return Map.of();
    }
}
