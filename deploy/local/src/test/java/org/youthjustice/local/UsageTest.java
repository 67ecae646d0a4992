package org.youthjustice.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a newcomer reads before a first start: every option, in the usage and in the README, and each one taken. */
class UsageTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    @DisplayName("the usage names every option with its default, and the README's local platform section names each too")
    void everyOptionIsDocumented() throws IOException {
        Settings defaults = Settings.defaults(ROOT);
        String usage = LocalPlatform.usage(defaults);
        String readme = Files.readString(ROOT.resolve("README.md"));
        for (String option : Settings.OPTIONS) {
            assertThat(usage).as("the usage").contains(option + " ");
            assertThat(readme).as("the README").contains("`" + option);
        }
        assertThat(usage).contains("[" + defaults.kafkaControllerPort() + "]", "[" + defaults.keycloakManagementPort() + "]");
    }

    @Test
    @DisplayName("every port option moves its part: a second platform beside the first shares no port with it")
    void everyPortOptionIsTaken() {
        Settings defaults = Settings.defaults(ROOT);
        List<String> args = new ArrayList<>(List.of("start", "--root", ROOT.toString()));
        int port = 30000;
        for (String option : Settings.OPTIONS) {
            args.add(option);
            args.add(option.equals("--data") ? "/tmp/second" : String.valueOf(port += 10));
        }
        Settings second = Settings.parse(args);
        List<Integer> first = ports(defaults);
        assertThat(ports(second)).doesNotContainAnyElementsOf(first);
        assertThat(second.data()).isEqualTo(Path.of("/tmp/second"));
    }

    private static List<Integer> ports(Settings settings) {
        List<Integer> ports = new ArrayList<>(List.of(settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.keycloakPort(), settings.keycloakManagementPort(), settings.gatewayPort()));
        Settings.SERVICES.forEach(service -> ports.add(settings.portOf(service)));
        ports.add(settings.consolePort());
        return ports;
    }
}
