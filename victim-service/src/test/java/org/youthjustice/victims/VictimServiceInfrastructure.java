package org.youthjustice.victims;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.youthjustice.testing.ServiceInfrastructure;

/**
 * victim-service's tests run against real PostgreSQL (database victim_service) and a real Kafka broker, with personal
 * data keys made for this run: an old one (still configured, as after a rotation) and the current one. The scheduled
 * retention and key rotation are off: the tests call them when they set the clock.
 */
public class VictimServiceInfrastructure extends ServiceInfrastructure {
    public static final String OLD_KEY = "test-old";
    public static final String CURRENT_KEY = "test-current";

    @Override
    protected String database() {
        return "victim_service";
    }

    @Override
    protected Map<String, String> serviceConfig() {
        return Map.of("yj.victims.personal-data.current-key", CURRENT_KEY,
                "yj.victims.personal-data.keys.\"" + OLD_KEY + "\"", randomKey(),
                "yj.victims.personal-data.keys.\"" + CURRENT_KEY + "\"", randomKey(),
                "yj.victims.retention.every", "off",
                "yj.victims.key-rotation.every", "off");
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
