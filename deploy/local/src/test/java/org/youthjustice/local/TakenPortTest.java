package org.youthjustice.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The launcher refuses a port that is taken, before starting anything. Its one command proven end to end (start,
 * a real token, an API call through the gateway, stop with no process left, restart with the data, realm and keys
 * kept) runs on the platform the end-to-end and resilience suites share: e2e's {@code LocalPlatformRestartTest},
 * last of all, so that the build starts the whole platform once for all of them rather than once more here.
 */
class TakenPortTest {

    @Test
    void aTakenPortIsRefusedClearlyAndNothingIsStarted() throws IOException {
        Path root = Path.of(System.getProperty("yj.repository.root"));
        Settings settings = Settings.onFreePorts(root, root.resolve("deploy/local/target/taken-" + UUID.randomUUID()));
        try (ServerSocket squatter = new ServerSocket(settings.gatewayPort(), 1, InetAddress.getLoopbackAddress())) {
            LocalPlatform platform = new LocalPlatform(settings);

            assertThatThrownBy(platform::start).isInstanceOf(LocalPlatform.StartFailed.class)
                    .hasMessageContaining(settings.gatewayPort() + " (gateway)");
            assertThat(platform.recordedPids()).isEmpty();
        }
    }
}
