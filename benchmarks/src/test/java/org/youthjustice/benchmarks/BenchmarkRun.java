package org.youthjustice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * The benchmark: starts the real local platform on free ports, measures every figure and writes the report. In every
 * build it runs at the {@code smoke} size (report in target/bench; the numbers mean nothing, the harness is proven to
 * work); with {@code -Pbench} at full size, writing benchmarks/REPORT.md and REPORT.json.
 */
class BenchmarkRun {

    @Test
    void measuresEveryFigureAndWritesTheReport() throws Exception {
        Size size = Size.fromSystem();
        Path root = Path.of(System.getProperty("yj.repository.root"));
        Settings settings = Settings.onFreePorts(root, root.resolve("benchmarks/target/platform-" + UUID.randomUUID()));
        LocalPlatform platform = new LocalPlatform(settings);
        StartUp startUp = new StartUp(platform, settings);
        Report report = new Report(size);
        try {
            report.add(startUp.startPlatform());
            report.add(startUp.startedTogether());
            report.add(new CourtOutcomeFlow(settings, size).measure());
            report.add(startUp.residentMemory());
            // the smoke run restarts one part only: six restarts would add minutes to every build for no figure
            report.add(startUp.startedAlone(size.full() ? StartUp.APPS : java.util.List.of("gateway")));
        } finally {
            platform.stop();
        }
        report.notYetMeasured("P1 gateway overhead (through the gateway vs the service directly)");
        report.notYetMeasured("P2 authenticated reads through the gateway (requests/s, p99)");
        report.notYetMeasured("P4 outbox relay → Kafka → idempotent consumer vs a raw kafka-clients producer");
        report.notYetMeasured("P5 national scale (150 authorities, 1 million cases, 10 million milestones)");

        Path out = size.full() ? root.resolve("benchmarks") : root.resolve("benchmarks/target/bench");
        report.write(out);

        assertThat(report.figures()).extracting(Figure::id).contains("P3", "P3a", "P3b", "P6");
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(Files.readString(out.resolve("REPORT.md"))).contains("| P3 |", "| P6 |", report.machine());
        assertThat(Files.readString(out.resolve("REPORT.json"))).contains("\"figures\"", "\"measuredAt\"");
    }
}
