package org.youthjustice.kernel.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy of each authority: the defaults of RULES.md ({@code default-time-limits.properties}
 * beside this class) with the authority's own values laid over them.
 */
public final class PolicyCatalogue {
    private static final String DEFAULTS = "default-time-limits.properties";

    private final Map<String, TimeLimit> defaults;
    private final Map<String, Map<String, TimeLimit>> overridesByAuthority;
    private final Map<String, Policy> policies = new ConcurrentHashMap<>();

    public PolicyCatalogue(Map<String, TimeLimit> defaults, Map<String, Map<String, TimeLimit>> overridesByAuthority) {
        this.defaults = Map.copyOf(defaults);
        this.overridesByAuthority = Map.copyOf(overridesByAuthority);
        overridesByAuthority.forEach((authority, overrides) -> overrides.keySet().forEach(key -> {
            if (!defaults.containsKey(key)) {
                throw new IllegalArgumentException("policy of " + authority + " sets " + key
                        + ", which is no time limit of RULES.md");
            }
        }));
    }

    /** The catalogue from the RULES.md defaults and each authority's values in the policy-file form. */
    public static PolicyCatalogue withDefaults(Map<String, Map<String, String>> overridesByAuthority) {
        Map<String, Map<String, TimeLimit>> parsed = new HashMap<>();
        overridesByAuthority.forEach((authority, values) -> {
            Map<String, TimeLimit> limits = new HashMap<>();
            values.forEach((key, text) -> limits.put(key, TimeLimit.parse(text)));
            parsed.put(authority, limits);
        });
        return new PolicyCatalogue(defaultTimeLimits(), parsed);
    }

    public Policy policyOf(String authority) {
        return policies.computeIfAbsent(authority, a -> {
            Map<String, TimeLimit> limits = new HashMap<>(defaults);
            limits.putAll(overridesByAuthority.getOrDefault(a, Map.of()));
            return Policy.of(a, limits);
        });
    }

    public static Map<String, TimeLimit> defaultTimeLimits() {
        Properties properties = new Properties();
        try (InputStream in = PolicyCatalogue.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the kernel");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TimeLimit> limits = new HashMap<>();
        properties.forEach((key, value) -> limits.put((String) key, TimeLimit.parse((String) value)));
        return limits;
    }
}
