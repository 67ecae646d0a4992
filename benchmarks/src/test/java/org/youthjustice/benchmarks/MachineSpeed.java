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
 * two reports' figures differ because the platform did or because the machine did. The processor's caches and memory
 * are timed too, by reads that each wait for the one before (a JVM's work is mostly such reads, SHA-256 hardly any):
 * on a slow day of 2026-12-01 a read within 8 MB, which the processor's cache holds, took 185 ns where a cache answers
 * in tens.
 */
final class MachineSpeed {
    private static final int BLOCK = 64 * 1024;
    /** Where the reads' last answer goes, so that the compiler cannot find them unused and drop them. */
    private static volatile int lastRead;

    private MachineSpeed() {
    }

    /** The figures, {@code when} in the run, each timed piece of work done for {@code each}. */
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
                                + " JVM without, best of 3, " + when),
                readLatency(8, each, when),
                readLatency(256, each, when));
    }

    /**
     * Nanoseconds a read takes when each read's address comes from the one before, scattered over {@code megabytes}:
     * the processor can neither run ahead nor guess the next address. Within 8 MB the processor's cache answers; over
     * 256 MB, memory, through the virtual machine's page tables. Lower is faster.
     */
    private static Figure readLatency(int megabytes, Duration each, String when) {
        int slots = megabytes * 1024 * 1024 / Integer.BYTES;
        int[] next = new int[slots];
        // a full-period linear congruential step (multiplier 1 mod 4, odd increment, power-of-two size): one cycle
        // through every slot in an order the processor cannot predict, written in one sequential pass
        for (int i = 0; i < slots; i++) {
            next[i] = (int) ((i * 1_103_515_245L + 12_345L) & (slots - 1));
        }
        int at = 0;
        for (int i = 0; i < 1_000_000; i++) {
            at = next[at]; // warm-up, so that the loop is compiled (the pages were all touched as they were written)
        }
        long reads = 0;
        long started = System.nanoTime();
        long until = started + each.toNanos();
        while (System.nanoTime() < until) {
            for (int i = 0; i < 100_000; i++) {
                at = next[at];
            }
            reads += 100_000;
        }
        double nanosPerRead = (System.nanoTime() - started) / (double) reads;
        lastRead = at;
        return Figure.of("machine", "a read that waits for the one before, within " + megabytes + " MB, " + when,
                nanosPerRead, "ns", "",
                "reads scattered over " + megabytes + " MB for " + each.toMillis() / 1000.0 + " s; lower is faster; "
                        + when);
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
