package org.youthjustice.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a process we started, and everything it started, by process handle (never by name). */
public final class Processes {
    private Processes() {
    }

    public static void stopTree(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        // SIGTERM first: kc.sh forwards it and Keycloak shuts down cleanly.
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        waitFor(process.toHandle(), grace);
        descendants.forEach(handle -> waitFor(handle, grace));
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void waitFor(ProcessHandle handle, Duration grace) {
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception stillRunning) {
            // forced below
        }
    }
}
