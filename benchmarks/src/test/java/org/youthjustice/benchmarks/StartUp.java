package org.youthjustice.benchmarks;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * P6: start-up and memory. The whole local platform from nothing to every service ready (as
 * {@code deploy/local/platform start} does it); each service's own start time, as Quarkus logs it, once when all start
 * together and once started alone (killed and started again on an otherwise idle platform); each Java process's
 * resident memory after the flows have warmed it up. Started alone, each part is started with the JVM options the
 * platform starts it with now and with the options it had before P6's tuning ({@link #BEFORE_SERVICES}, given through
 * {@link LocalPlatform#optionsFor} so that they win), in turns, so that the before/after figures come from the same run.
 */
final class StartUp {
    private static final Duration LOG_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");
    static final List<String> APPS = List.of("order-service", "allocation-service", "compliance-service",
            "transfer-service", "victim-service", "reporting-service", "gateway");

    /**
     * What a service ran with before P6's tuning, undoing each tuned option: G1 (the JVM's choice on this machine), the
     * initial heap the JVM sizes itself (-Xms0: 1/64 of the machine's memory, near the ceiling on a developer's
     * machine), with the same ceiling, only the JDK's own class archive rather than the application's, and the C
     * library's free memory not handed back.
     */
    static final List<String> BEFORE_SERVICES = before("-Xmx384m");
    static final List<String> BEFORE_GATEWAY = before("-Xmx256m");
    private static final String BEFORE = "before P6's tuning: G1, initial heap sized by the JVM, the JDK's class archive only, "
            + "native memory not trimmed";

    private final LocalPlatform platform;
    private final Settings settings;
    /** Before/after pairs per part started alone: one in the smoke run (cheap), three at full size (median: the machine is shared). */
    private final int pairs;

    private final Size size;

    StartUp(LocalPlatform platform, Settings settings, Size size) {
        this.platform = platform;
        this.settings = settings;
        this.size = size;
        this.pairs = size.full() ? 3 : 1;
    }

    private static List<String> before(String heapCeiling) {
        Path jdkArchive = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        List<String> options = new ArrayList<>(List.of("-XX:-UseSerialGC", "-XX:+UseG1GC", "-Xms0", heapCeiling,
                "-XX:SharedArchiveFile=" + jdkArchive));
        if (LocalPlatform.trimsNativeHeap()) {
            options.add("-XX:TrimNativeHeapInterval=0"); // the C library's free memory kept, as before the tuning
        }
        return List.copyOf(options);
    }

    Figure startPlatform() {
        long begun = System.nanoTime();
        platform.start();
        return platformStarted(Duration.ofNanos(System.nanoTime() - begun));
    }

    /** P6's whole-platform figure of a start timed by whoever started it. */
    static Figure platformStarted(Duration startedIn) {
        return Figure.of("P6", "whole local platform: start → every service ready", startedIn.toMillis() / 1e3, "s", "≤ 60 s",
                "PostgreSQL, Kafka, Keycloak, the services, the console and the gateway on this machine");
    }

    List<Figure> startedTogether() throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String app : APPS) {
            figures.add(Figure.of("P6", app + ": start time, all starting together", startLogged(app, 0), "s", "",
                    "Quarkus's own 'started in', with the other parts starting beside it"));
        }
        return figures;
    }

    /**
     * Each of {@code apps} killed and started again on its own, with the options before P6's tuning and with today's,
     * in turns (before first, then after first, …, ending with today's, so that the part goes on as the platform starts
     * it). Start time as Quarkus logs it, resident memory when its readiness check first answers; median of the pairs.
     */
    List<Figure> startedAlone(List<String> apps) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String app : apps) {
            List<String> before = app.equals("gateway") ? BEFORE_GATEWAY : BEFORE_SERVICES;
            List<double[]> beforeRuns = new ArrayList<>();
            List<double[]> afterRuns = new ArrayList<>();
            for (int pair = 0; pair < pairs; pair++) {
                boolean beforeFirst = pair % 2 == 0 || pair == pairs - 1;
                if (beforeFirst) {
                    beforeRuns.add(startAlone(app, before));
                    afterRuns.add(startAlone(app, List.of()));
                } else {
                    afterRuns.add(startAlone(app, List.of()));
                    beforeRuns.add(startAlone(app, before));
                }
            }
            String conditions = "killed and started again on the running platform, " + pairs + (pairs == 1 ? " time" : " times (median)")
                    + " with each set of options in turns; before: " + String.join(" ", before);
            figures.add(new Figure("P6", app + ": start time, started alone", median(afterRuns, 0), "s", median(beforeRuns, 0),
                    BEFORE, "≤ 3 s", "Quarkus's own 'started in'; " + conditions));
            figures.add(new Figure("P6", app + ": resident memory when ready, started alone", median(afterRuns, 1), "MB",
                    median(beforeRuns, 1), BEFORE, "", "VmRSS as its readiness check first answers, before any request; "
                    + conditions));
        }
        return figures;
    }

    /** Start time (s) and resident memory (MB) of {@code app} started alone with {@code options} added to its own. */
    private double[] startAlone(String app, List<String> options) throws IOException {
        int earlier = starts(app).size();
        platform.optionsFor(app, options);
        platform.kill(app);
        platform.startAgain(app);
        double residentMegabytes = residentKilobytes(pid(app)) / 1024.0;
        return new double[] {startLogged(app, earlier), residentMegabytes};
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(run -> run[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private long pid(String app) {
        return platform.process(app).orElseThrow(() -> new IllegalStateException(app + " is not running")).pid();
    }

    /**
     * Each Java process's resident memory now: after the flows of the figures measured before it (P1 to P4), or idle
     * when a run measures none of them ({@code -Dyj.bench.only=P6}), which the figure's name says.
     */
    List<Figure> residentMemory() throws IOException {
        String when = Stream.of("P1", "P2", "P3", "P4").anyMatch(size::runs) ? "after the flows" : "idle (no flows in this run)";
        List<Figure> figures = new ArrayList<>();
        double total = 0;
        for (String app : APPS) {
            double megabytes = residentKilobytes(pid(app)) / 1024.0;
            total += megabytes;
            figures.add(Figure.of("P6", app + ": resident memory " + when, megabytes, "MB", "≤ 250 MB",
                    "VmRSS; the JVM options the platform starts it with"));
        }
        figures.add(Figure.of("P6", "the " + APPS.size() + " Java processes together: resident memory " + when, total, "MB", "", ""));
        return figures;
    }

    /**
     * The start time of {@code app}'s start after its first {@code earlier} ones. Quarkus logs it just after the HTTP
     * server opens, so a readiness check can answer before the line is written: the last line in the log at that moment
     * may still be the previous start's.
     */
    private double startLogged(String app, int earlier) {
        List<Double> starts = await().atMost(LOG_TIMEOUT).pollInterval(Duration.ofMillis(20))
                .alias(app + " logged its start time in " + settings.logs())
                .until(() -> starts(app), logged -> logged.size() > earlier);
        return starts.get(starts.size() - 1);
    }

    /** Every start time {@code app} has logged, oldest first. */
    private List<Double> starts(String app) throws IOException {
        Path log = settings.logs().resolve(app + ".log");
        List<Double> starts = new ArrayList<>();
        if (!Files.exists(log)) {
            return starts;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = STARTED.matcher(line);
            if (line.contains("[io.quarkus]") && m.find()) {
                starts.add(Double.parseDouble(m.group(1)));
            }
        }
        return starts;
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
