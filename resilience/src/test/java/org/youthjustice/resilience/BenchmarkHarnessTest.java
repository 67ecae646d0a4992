package org.youthjustice.resilience;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.benchmarks.BenchmarkRun;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;

/**
 * The benchmark harness (issue 19's P1–P6) at its smoke size, on the platform the suites share, so that it cannot rot
 * without the build starting a platform of its own for it. After the tests of behaviour: it restarts the gateway with
 * other options and back, and loads data of its own. Its numbers mean
 * nothing; BenchmarkRun checks that every figure was measured and the report written.
 */
@EndToEnd
@Order(Integer.MAX_VALUE - 1)
class BenchmarkHarnessTest {

    @Test
    @DisplayName("the benchmark harness measures every figure (P1–P6) at its smoke size and writes its report")
    void measuresEveryFigureAtTheSmokeSize(RunningPlatform platform) throws Exception {
        Path out = Path.of(System.getProperty("yj.repository.root"), "resilience/target/bench");
        BenchmarkRun.smoke(platform.launcher(), platform.settings(), platform.startedIn(), out);
    }
}
