package org.youthjustice.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * P6: start-up and memory. The whole local platform from nothing to every service ready (as
 * {@code deploy/local/platform start} does it); each service's own start time, as Quarkus logs it, once when all start
 * together and once started alone (killed and started again on an otherwise idle platform); each Java process's
 * resident memory after the flows have warmed it up.
 */
final class StartUp {
    private static final Pattern STARTED = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");
    static final List<String> APPS = List.of("order-service", "allocation-service", "compliance-service",
            "transfer-service", "victim-service", "gateway");

    private final LocalPlatform platform;
    private final Settings settings;

    StartUp(LocalPlatform platform, Settings settings) {
        this.platform = platform;
        this.settings = settings;
    }

    Figure startPlatform() {
        long begun = System.nanoTime();
        platform.start();
        double seconds = (System.nanoTime() - begun) / 1e9;
        return Figure.of("P6", "whole local platform: start → every service ready", seconds, "s", "≤ 60 s",
                "PostgreSQL, Kafka, Keycloak, five services and the gateway on this machine");
    }

    List<Figure> startedTogether() throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String app : APPS) {
            figures.add(Figure.of("P6", app + ": start time, all starting together", lastStart(app), "s", "",
                    "Quarkus's own 'started in', with the other parts starting beside it"));
        }
        return figures;
    }

    /** Each of {@code apps} killed and started again on its own. */
    List<Figure> startedAlone(List<String> apps) throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String app : apps) {
            platform.kill(app);
            platform.startAgain(app);
            figures.add(Figure.of("P6", app + ": start time, started alone", lastStart(app), "s", "≤ 3 s",
                    "killed and started again on the running platform"));
        }
        return figures;
    }

    List<Figure> residentMemory() throws IOException {
        List<Figure> figures = new ArrayList<>();
        double total = 0;
        for (String app : APPS) {
            long pid = platform.process(app).orElseThrow(() -> new IllegalStateException(app + " is not running")).pid();
            double megabytes = residentKilobytes(pid) / 1024.0;
            total += megabytes;
            figures.add(Figure.of("P6", app + ": resident memory after the flows", megabytes, "MB", "≤ 250 MB", ""));
        }
        figures.add(Figure.of("P6", "the six Java processes together: resident memory", total, "MB", "", ""));
        return figures;
    }

    private double lastStart(String app) throws IOException {
        List<String> lines = Files.readAllLines(settings.logs().resolve(app + ".log"), StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Matcher m = STARTED.matcher(lines.get(i));
            if (lines.get(i).contains("[io.quarkus]") && m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new IllegalStateException(app + " logged no start time in " + settings.logs());
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
