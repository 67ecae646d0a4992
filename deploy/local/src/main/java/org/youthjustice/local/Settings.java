package org.youthjustice.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the local platform lives and listens. Every port is on 127.0.0.1; the data directory keeps
 * the databases, the broker's log, the process ids and one log file per part.
 */
public record Settings(
        Path root,
        Path data,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int keycloakPort,
        int keycloakManagementPort,
        int gatewayPort,
        int servicesPort) {

    /**
     * The services in start order, with their module, gateway name, database, and the services whose
     * APIs each reads on a user's behalf (by gateway name: compliance's letters read order-service's cases).
     */
    public record Service(String module, String route, String database, int offset, List<String> reads) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("order-service", "orders", "order_service", 0, List.of()),
            new Service("allocation-service", "allocations", "allocation_service", 1, List.of()),
            new Service("compliance-service", "compliance", "compliance_service", 2, List.of("orders")),
            new Service("transfer-service", "transfers", "transfer_service", 3, List.of()),
            new Service("victim-service", "victims", "victim_service", 4, List.of()),
            // after the console's port (5), which kept its place when reporting-service came
            new Service("reporting-service", "reporting", "reporting_service", 6, List.of()));

    /** Every Quarkus application the platform runs, by module: the services, the console and the gateway. */
    public static List<String> applications() {
        List<String> applications = new java.util.ArrayList<>(SERVICES.stream().map(Service::module).toList());
        applications.addAll(List.of("console", "gateway"));
        return List.copyOf(applications);
    }

    /** The console's port, counted from the services' first. */
    static final int CONSOLE_OFFSET = 5;

    public static Settings defaults(Path root) {
        return new Settings(root, root.resolve(".local"), 5432, 9092, 9093, 8180, 9180, 8080, 8081);
    }

    /**
     * Settings on ports that are free now, for tests that start a whole platform beside anything else
     * running on the machine: infrastructure and services on one block of consecutive ports.
     */
    public static Settings onFreePorts(Path root, Path data) {
        int infrastructure = 6;
        int base = consecutiveFreePorts(infrastructure + SERVICES.size() + 1);
        return new Settings(root, data, base, base + 1, base + 2, base + 3, base + 4, base + 5, base + infrastructure);
    }

    /** Below this the kernel never hands out ports for outgoing connections (Linux's default ip_local_port_range). */
    private static final int EPHEMERAL_PORTS_START = 32768;

    /**
     * A block of free ports below the ephemeral range: a port chosen there stays free until the process
     * that needs it binds it, whereas an ephemeral one can be taken meanwhile by any outgoing connection
     * (a Kafka client's, a database driver's) on the machine.
     */
    private static int consecutiveFreePorts(int count) {
        int first = 20000;
        int span = EPHEMERAL_PORTS_START - first - count;
        // start somewhere that depends on this process, so that two runs at once look in different places
        int start = (int) (ProcessHandle.current().pid() % span);
        for (int tried = 0; tried < span; tried += count) {
            int base = first + (start + tried) % span;
            boolean free = true;
            for (int port = base; port < base + count && free; port++) {
                try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    socket.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports on 127.0.0.1 below " + EPHEMERAL_PORTS_START);
    }

    /** Every option a user gives (--root is the launcher script's own): the usage and the README name each. */
    public static final List<String> OPTIONS = List.of("--data", "--gateway-port", "--services-port", "--keycloak-port",
            "--keycloak-management-port", "--kafka-port", "--kafka-controller-port", "--postgres-port");

    /** Reads {@code --data}, {@code --root} and the port options over the defaults. */
    public static Settings parse(List<String> args) {
        Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
        Settings d = defaults(root);
        return new Settings(root,
                Path.of(option(args, "--data", d.data().toString())).toAbsolutePath().normalize(),
                port(args, "--postgres-port", d.postgresPort()),
                port(args, "--kafka-port", d.kafkaPort()),
                port(args, "--kafka-controller-port", d.kafkaControllerPort()),
                port(args, "--keycloak-port", d.keycloakPort()),
                port(args, "--keycloak-management-port", d.keycloakManagementPort()),
                port(args, "--gateway-port", d.gatewayPort()),
                port(args, "--services-port", d.servicesPort()));
    }

    public int portOf(Service service) {
        return servicesPort + service.offset();
    }

    /** The console's port: the one after the five case-work services' (8086 by default). */
    public int consolePort() {
        return servicesPort + CONSOLE_OFFSET;
    }

    public String consoleUrl() {
        return "http://127.0.0.1:" + consolePort();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path run() {
        return data.resolve("run");
    }

    /** victim-service's personal-data key, generated on the first start (local platform only; see LocalPlatform). */
    public Path victimServiceKeyFile() {
        return data.resolve("victim-service").resolve("personal-data-key.properties");
    }

    public Path module(String name) {
        return root.resolve(name);
    }

    public Path launcherHome() {
        return root.resolve("deploy/local");
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }

    private static int port(List<String> args, String name, int fallback) {
        String value = option(args, name, String.valueOf(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
