package org.youthjustice.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast this machine did fixed pieces of work, when the run began and when it ended: SHA-256 over the same 64 KB
 * again and again, on one core and on all at once; and memory the machine had not given out yet, made ready for use
 * (a JVM touching every page of a 1 GB heap as it starts). The same machine type gave figures several times apart
 * from one day to the next (the report of 2026-11-30 against a run of 2026-12-01: a direct read 2,884 against 383
 * requests a second), with the processor as fast on both days and fresh memory slow on the second: these say whether
 * two reports' figures differ because the platform did or because the machine did.
 */
final class MachineSpeed {
    private static final int BLOCK = 64 * 1024;

    private MachineSpeed() {
    }

    /** The two figures, {@code when} in the run, each worked for {@code each}. */
    static List<Figure> measure(String when, Duration each) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        String note = "SHA-256 of 64 KB repeated for " + each.toMillis() / 1000.0 + " s, " + when
                + "; compare reports by it before comparing their figures";
        return List.of(
                Figure.of("machine", "reference work on one core, " + when, megabytesPerSecond(1, each), "MB/s", "", note),
                Figure.of("machine", "reference work on all " + cores + " cores at once, " + when,
                        megabytesPerSecond(cores, each), "MB/s", "", note),
                Figure.of("machine", "fresh memory made ready, " + when, freshMemoryMegabytesPerSecond(), "MB/s", "",
                        "a JVM started with a 1 GB heap whose every page it touches (-XX:+AlwaysPreTouch), less the same"
                                + " JVM without, best of 3, " + when));
    }

    /** Fresh pages are where a virtual machine's host is slow to give memory: every JVM's heap grows into them. */
    private static double freshMemoryMegabytesPerSecond() throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            double touched = jvmSeconds("-XX:+AlwaysPreTouch", "-Xms1g");
            double plain = jvmSeconds("-Xms8m");
            best = Math.min(best, Math.max(touched - plain, 1e-3));
        }
        return 1024 / best;
    }

    private static double jvmSeconds(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-Xmx1g"));
        command.addAll(List.of(options));
        command.add("-version");
        long started = System.nanoTime();
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (jvm.waitFor() != 0) {
            throw new IllegalStateException("the reference JVM failed: " + command);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double megabytesPerSecond(int threads, Duration each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> hashed = new ArrayList<>();
            long until = System.nanoTime() + each.toNanos();
            for (int i = 0; i < threads; i++) {
                hashed.add(pool.submit(() -> hashUntil(until)));
            }
            long bytes = 0;
            for (Future<Long> done : hashed) {
                bytes += done.get();
            }
            return bytes / 1e6 / (each.toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long hashUntil(long until) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[BLOCK];
        long bytes = 0;
        while (System.nanoTime() < until) {
            sha.update(block);
            block[0] = sha.digest()[0]; // each round depends on the last: nothing for the compiler to drop
            bytes += BLOCK;
        }
        return bytes;
    }
}
