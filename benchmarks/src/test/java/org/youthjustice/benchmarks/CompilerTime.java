package org.youthjustice.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.youthjustice.local.LocalPlatform;

/**
 * The processor time the JIT compilers of some processes have used so far, by compiler thread (Linux names them
 * {@code C1 CompilerThre} and {@code C2 CompilerThre} in {@code /proc/<pid>/task/<tid>/comm}). Two readings apart say
 * whether the applications were still compiling the code a load runs: on a slow machine they are for minutes after a
 * start, and a figure measured meanwhile is the compilers' as much as the code's. A compiler thread the JVM ended between
 * the readings is left out of the difference (the JVM starts and ends them with the work).
 */
record CompilerTime(Map<String, Long> ticksByThread) {
    /** The services an event flow runs through: the relays of order- and allocation-service, and every consumer. */
    static final List<String> EVENT_FLOW = List.of("order-service", "allocation-service", "compliance-service",
            "transfer-service", "victim-service", "reporting-service");

    /** Cores the compilers may keep busy in a warm-up round whose code counts as compiled. */
    static final double SETTLED = 0.1;

    /**
     * One untimed round of a figure's load, the {@code round}th: what it needs first, off the round's clock (a fresh token),
     * then the round itself, which says what it did, for the run's log ("1,000 events/s").
     */
    @FunctionalInterface
    interface Round {
        Callable<String> prepare(int round) throws Exception;
    }

    /** How a warm-up ended: after how many rounds, the compilers busy how many cores in the last. */
    record WarmUp(int rounds, double compilersBusy) {
        boolean settled() {
            return compilersBusy < SETTLED;
        }

        /** For a figure's conditions: nothing when the code was compiled, else how busy the compilers still were. */
        String stillCompiling() {
            return settled() ? "" : String.format(Locale.ROOT, ", still compiling (%.2f cores)", compilersBusy);
        }
    }

    /**
     * Rounds of a load, untimed, until the JIT compilers of the {@code applications} on its way used under {@link #SETTLED}
     * core in one (their processor time over the round's): the code the load runs is compiled, and what is measured next is
     * that code, not the compilers; at most {@code maxRounds}. Each round is logged as {@code figure} says it.
     */
    static WarmUp warmUp(LocalPlatform platform, List<String> applications, int maxRounds, String figure, Round round)
            throws Exception {
        List<Long> pids = applications.stream().map(app -> platform.process(app)
                .orElseThrow(() -> new IllegalStateException(app + " is not running")).pid()).toList();
        WarmUp warmUp = null;
        for (int i = 1; i <= Math.max(1, maxRounds); i++) {
            Callable<String> prepared = round.prepare(i);
            CompilerTime before = of(pids);
            long started = System.nanoTime();
            String did = prepared.call();
            warmUp = new WarmUp(i, of(pids).secondsSince(before) / ((System.nanoTime() - started) / 1e9));
            System.out.printf(Locale.ROOT, "%s: warm-up round %d, %s, compilers busy %.2f cores%n", figure, i, did,
                    warmUp.compilersBusy());
            if (warmUp.settled()) {
                break;
            }
        }
        return warmUp;
    }

    static CompilerTime of(List<Long> pids) {
        Map<String, Long> ticks = new HashMap<>();
        for (long pid : pids) {
            try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                threads.forEach(thread -> {
                    try {
                        String name = Files.readString(thread.resolve("comm")).strip();
                        if (name.equals("C1 CompilerThre") || name.equals("C2 CompilerThre")) {
                            // utime and stime, the 14th and 15th fields, after the parenthesised name (which may hold spaces)
                            String stat = Files.readString(thread.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                            ticks.put(pid + "/" + thread.getFileName(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                        }
                    } catch (IOException e) {
                        // the thread ended as it was read: it has no time left to count
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException("the benchmark reads process " + pid + "'s threads from /proc", e);
            }
        }
        return new CompilerTime(Map.copyOf(ticks));
    }

    /** Seconds of processor time the compilers used since {@code earlier}. */
    double secondsSince(CompilerTime earlier) {
        long ticks = 0;
        for (Map.Entry<String, Long> thread : ticksByThread.entrySet()) {
            ticks += thread.getValue() - earlier.ticksByThread.getOrDefault(thread.getKey(), 0L);
        }
        return ticks / MachineCpu.TICKS_PER_SECOND;
    }
}
