package org.youthjustice.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * The benchmark: starts the real local platform on free ports, measures every figure and writes the report. With
 * {@code -Pbench} at full size, writing benchmarks/REPORT.md and REPORT.json. In every build the harness runs at the
 * {@code smoke} size instead ({@link #smoke}, the numbers mean nothing, the harness is proven to work), from the
 * resilience module on the platform the suites share: one platform start fewer in every build.
 */
public class BenchmarkRun {

    @Test
    void measuresEveryFigureAndWritesTheReport() throws Exception {
        Size size = Size.fromSystem();
        Path root = Path.of(System.getProperty("yj.repository.root"));
        Settings settings = Settings.onFreePorts(root, root.resolve("benchmarks/target/platform-" + UUID.randomUUID()));
        LocalPlatform platform = new LocalPlatform(settings);
        List<Figure> machineAtStart = MachineSpeed.measure("before the platform started", Duration.ofSeconds(5));
        Report report;
        try {
            report = measure(platform, settings, size, new StartUp(platform, settings, size).startPlatform(), machineAtStart);
        } finally {
            platform.stop();
        }
        report.add(MachineSpeed.measure("after the platform stopped", Duration.ofSeconds(5)));
        Path out = size.full() && size.only().isEmpty() ? root.resolve("benchmarks") : root.resolve("benchmarks/target/bench");
        writeAndCheck(report, size, out);
    }

    /**
     * Every figure at the smoke size on a platform already running (started {@code startedIn} ago, from nothing), its
     * report written to {@code out}. It restarts the gateway with other options and back (P6; P3's poll-only baseline
     * and its restarts are measured at full size only) and loads data of its own (P5): run it after the tests of
     * behaviour.
     */
    public static void smoke(LocalPlatform platform, Settings settings, Duration startedIn, Path out) throws Exception {
        Size size = Size.smoke();
        List<Figure> machine = MachineSpeed.measure("with the suites' platform idle", Duration.ofMillis(500));
        writeAndCheck(measure(platform, settings, size, StartUp.platformStarted(startedIn), machine), size, out);
    }

    private static Report measure(LocalPlatform platform, Settings settings, Size size, Figure platformStart,
            List<Figure> machine) throws Exception {
        StartUp startUp = new StartUp(platform, settings, size);
        Report report = new Report(size);
        report.add(machine);
        report.add(platformStart);
        report.add(startUp.startedTogether());
        if (size.runs("P3")) {
            report.add(new CourtOutcomeFlow(platform, settings, size).measure());
        }
        if (size.runs("P1") || size.runs("P2")) {
            report.add(new GatewayReads(platform, settings, size).measure());
        }
        if (size.runs("P4")) {
            report.add(new OutboxThroughput(platform, settings, size).measure());
        }
        report.add(startUp.residentMemory());
        if (size.runs("P6")) {
            // the smoke run restarts one part only: six restarts would add minutes to every build for no figure
            report.add(startUp.startedAlone(size.full() ? StartUp.APPS : List.of("gateway")));
        }
        if (size.runs("P5")) {
            // last: it loads a national partnership's data, which would weigh on every figure measured after it
            NationalScale national = new NationalScale(platform, settings, size);
            report.add(national.measure());
            report.section("P5: the query plans behind the national-scale figures", national.plans());
        }
        return report;
    }

    private static void writeAndCheck(Report report, Size size, Path out) throws Exception {
        report.write(out);
        List<String> measured = Stream.concat(Stream.of("machine"), Stream.of("P1", "P2", "P3", "P4", "P5", "P6").filter(size::runs))
                .toList();
        assertThat(report.figures()).extracting(Figure::id).containsAll(measured);
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(Files.readString(out.resolve("REPORT.md"))).contains("| P6 |", report.machine());
        assertThat(Files.readString(out.resolve("REPORT.json"))).contains("\"figures\"", "\"measuredAt\"");
    }
}
