package org.youthjustice.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's processor time so far, from the first line of Linux's {@code /proc/stat}: busy is everything but idle
 * and waiting for I/O, across every core and process. Two readings apart say how much of the machine a run used.
 */
record MachineCpu(long busyTicks) {
    /** Linux's USER_HZ, 100 on every architecture the platform runs on. */
    static final double TICKS_PER_SECOND = 100;

    static MachineCpu now() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...; guest time is counted in user already
            long busy = 0;
            for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return new MachineCpu(busy);
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark reads the machine's processor time from /proc/stat", e);
        }
    }

    MachineCpu minus(MachineCpu earlier) {
        return new MachineCpu(busyTicks - earlier.busyTicks);
    }

    double busySeconds() {
        return busyTicks / TICKS_PER_SECOND;
    }
}
