package org.youthjustice.kernel.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One authority's policy values in force (X-3): time limits by key ({@code MIL-2},
 * {@code MIL-4-repeat}, …). The version is derived from the values, so any change of a value gives a
 * new version and a deadline records exactly which values made it.
 */
public record Policy(String authority, Map<String, TimeLimit> limits, String version) {

    public static Policy of(String authority, Map<String, TimeLimit> limits) {
        Map<String, TimeLimit> sorted = new TreeMap<>(limits);
        return new Policy(authority, Map.copyOf(sorted), authority + "@" + fingerprint(sorted));
    }

    public TimeLimit limit(String key) {
        TimeLimit limit = limits.get(key);
        if (limit == null) {
            throw new IllegalArgumentException("policy of " + authority + " has no time limit " + key);
        }
        return limit;
    }

    private static String fingerprint(Map<String, TimeLimit> sorted) {
        String canonical = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
