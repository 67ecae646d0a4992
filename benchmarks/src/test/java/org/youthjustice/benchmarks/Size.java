package org.youthjustice.benchmarks;

/**
 * How much a run measures. {@code smoke} runs every figure at a tiny size in every build, so the harness cannot rot;
 * its numbers mean nothing. {@code full} is the benchmark (-Pbench).
 */
record Size(String name, int outcomesPerSecond, int flowSeconds, int warmUpFlows) {

    static Size fromSystem() {
        return switch (System.getProperty("yj.bench.size", "smoke")) {
            case "full" -> new Size("full", 20, 60, 40);
            case "smoke" -> new Size("smoke", 5, 2, 2);
            default -> throw new IllegalArgumentException("yj.bench.size must be smoke or full");
        };
    }

    boolean full() {
        return name.equals("full");
    }
}
