package org.youthjustice.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The processor time the JIT compilers of some processes have used so far, by compiler thread (Linux names them
 * {@code C1 CompilerThre} and {@code C2 CompilerThre} in {@code /proc/<pid>/task/<tid>/comm}). Two readings apart say
 * whether the applications were still compiling the code a load runs: on a slow machine they are for minutes after a
 * start, and a figure measured meanwhile is the compilers' as much as the code's. A compiler thread the JVM ended between
 * the readings is left out of the difference (the JVM starts and ends them with the work).
 */
record CompilerTime(Map<String, Long> ticksByThread) {
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
