package org.youthjustice.benchmarks;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much a run measures. {@code smoke} runs every figure at a tiny size in every build, so the harness cannot rot;
 * its numbers mean nothing. {@code full} is the benchmark (-Pbench). {@code only} narrows a run to some figures
 * ({@code -Dyj.bench.only=P1,P5}) while one is being worked on; empty: all of them.
 */
record Size(String name, int outcomesPerSecond, int flowSeconds, int warmUpFlows, Set<String> only) {

    static Size fromSystem() {
        Set<String> only = Arrays.stream(System.getProperty("yj.bench.only", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return switch (System.getProperty("yj.bench.size", "smoke")) {
            case "full" -> new Size("full", 20, 60, 40, only);
            case "smoke" -> smoke(only);
            default -> throw new IllegalArgumentException("yj.bench.size must be smoke or full");
        };
    }

    /** The smoke size, every figure. */
    static Size smoke() {
        return smoke(Set.of());
    }

    private static Size smoke(Set<String> only) {
        return new Size("smoke", 5, 2, 2, only);
    }

    boolean full() {
        return name.equals("full");
    }

    /** Whether this run measures figure {@code id} (P1 … P6). */
    boolean runs(String id) {
        return only.isEmpty() || only.contains(id);
    }
}
