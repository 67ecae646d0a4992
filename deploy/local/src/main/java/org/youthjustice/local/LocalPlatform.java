package org.youthjustice.local;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The whole platform on one machine, each part its own process bound to 127.0.0.1: PostgreSQL (one
 * database per service, and Keycloak's), Kafka in KRaft mode, Keycloak with the realm, the five
 * services and the gateway. {@code start} waits until every part is healthy and fails, stopping what
 * it started, when a port is taken or a part does not become healthy in time. Process ids are
 * recorded under the data directory; {@code stop} stops exactly those.
 */
public final class LocalPlatform {
    public static final String DEMO_PASSWORD = "Demo-Only-Passw0rd";
    /** The local realm's secret of the browser client the console signs users in with (deploy/keycloak; demo only). */
    static final String DEMO_GATEWAY_CLIENT_SECRET = "demo-only-gateway-secret";
    /** The local platform's database login (every service's database and Keycloak's): local only, never elsewhere. */
    public static final String DB_USERNAME = "postgres";
    public static final String DB_PASSWORD = "local-only";
    /** The id of the personal-data key the local platform generates for victim-service (see {@link #victimServiceKey()}). */
    static final String LOCAL_PERSONAL_DATA_KEY_ID = "local-1";
    private static final String KEYCLOAK_VERSION = "26.7.3";
    /** Where a Quarkus build with {@code quarkus.package.jar.appcds.enabled} writes the class archive, in quarkus-app. */
    private static final String APPLICATION_CLASS_ARCHIVE = "app-cds.jsa";
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(5);
    /** Keycloak's bootstrap administrator: local platform only, with the demo password. */
    static final String KEYCLOAK_ADMIN = "admin";
    private static final Duration PART_TIMEOUT = Duration.ofMinutes(3);

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> started = new ArrayList<>();
    /** JVM options added to a part's own on its next start, e.g. a benchmark's lifted gateway rate limit. */
    private final Map<String, List<String>> extraOptions = new java.util.concurrent.ConcurrentHashMap<>();

    public LocalPlatform(Settings settings) {
        this.settings = settings;
    }

    /**
     * These JVM options (system properties, GC settings) for {@code part} from its next start on, after its own, so that
     * they win: for tests and benchmarks that need a part configured otherwise than the demo (none by default).
     */
    public void optionsFor(String part, List<String> options) {
        extraOptions.put(known(part), List.copyOf(options));
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        try {
            LocalPlatform platform = new LocalPlatform(Settings.parse(arguments));
            switch (command) {
                case "start" -> platform.start();
                case "stop" -> platform.stop();
                case "status" -> System.exit(platform.status() ? 0 : 3);
                default -> {
                    System.out.print(usage(Settings.defaults(Path.of("<repository>"))));
                    System.exit(List.of("help", "--help", "-h").contains(command) ? 0 : 2);
                }
            }
        } catch (StartFailed e) {
            System.err.println();
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        System.exit(0);
    }

    /** What the launcher does and every option it takes, with its default ({@code defaults}). */
    static String usage(Settings defaults) {
        return String.join("\n",
                "usage: deploy/local/platform start|stop|status|help [options]",
                "  start    builds what is not built or changed since the last build, starts every part on 127.0.0.1 and",
                "           waits until each is healthy",
                "  stop     stops every part that start started",
                "  status   each part's health and address (exit status 0 when every part is healthy, 3 otherwise)",
                "options (default in brackets):",
                "  --data DIR                    data, logs and generated keys [" + defaults.data() + "]",
                "  --gateway-port N              the gateway: the console and the API [" + defaults.gatewayPort() + "]",
                "  --services-port N             the first of " + (Settings.SERVICES.size() + 1) + " ports: the five case-work "
                        + "services, the console, then reporting-service [" + defaults.servicesPort() + "]",
                "  --keycloak-port N             Keycloak [" + defaults.keycloakPort() + "]",
                "  --keycloak-management-port N  Keycloak's health and metrics [" + defaults.keycloakManagementPort() + "]",
                "  --kafka-port N                Kafka's broker [" + defaults.kafkaPort() + "]",
                "  --kafka-controller-port N     Kafka's KRaft controller [" + defaults.kafkaControllerPort() + "]",
                "  --postgres-port N             PostgreSQL [" + defaults.postgresPort() + "]",
                "A second platform beside the first needs its own --data and every port option moved, for example:",
                "  deploy/local/platform start --data /tmp/second --gateway-port 18080 --services-port 18081 \\",
                "    --keycloak-port 18180 --keycloak-management-port 19180 --kafka-port 19092 --kafka-controller-port 19093 \\",
                "    --postgres-port 15432",
                "") ;
    }

    /** Starts every part and returns once all are healthy; on failure stops what it started. */
    public void start() {
        List<String> running = parts().stream().filter(part -> recordedProcess(part).isPresent()).toList();
        if (!running.isEmpty()) {
            throw new StartFailed("it is running already (" + String.join(", ", running) + "); stop it first");
        }
        List<String> taken = takenPorts();
        if (!taken.isEmpty()) {
            throw new StartFailed("ports already in use on 127.0.0.1: " + String.join(", ", taken)
                    + ". Stop what uses them, or choose other ports (see --help).");
        }
        long begun = System.nanoTime();
        try {
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.run());
            System.out.println("Starting the Youth Justice Platform (data in " + settings.data() + ")");
            startPostgres();
            startKafka();
            startKeycloak();
            awaitAll(Map.of("kafka", this::kafkaReady), PART_TIMEOUT);
            awaitAll(Map.of("keycloak", this::keycloakReady), KEYCLOAK_TIMEOUT);
            Map<String, BooleanSupplier> services = new LinkedHashMap<>();
            for (Settings.Service service : Settings.SERVICES) {
                startService(service);
                services.put(service.module(), () -> httpOk("http://127.0.0.1:" + settings.portOf(service) + "/q/health/ready"));
            }
            startConsole();
            services.put("console", () -> healthy("console"));
            startGateway();
            services.put("gateway", () -> httpOk(settings.gatewayUrl() + "/q/health/ready"));
            awaitAll(services, PART_TIMEOUT);
        } catch (IOException e) {
            stopQuietly();
            throw new StartFailed(e.getMessage());
        } catch (RuntimeException e) {
            stopQuietly();
            throw e instanceof StartFailed failed ? failed : new StartFailed(e.toString());
        }
        System.out.printf("%nThe platform is up (%d s).%n", elapsed(begun).toSeconds());
        System.out.println("  console      " + settings.gatewayUrl() + "/   (the practitioners' web console, through the gateway)");
        System.out.println("  gateway      " + settings.gatewayUrl() + "/api   (services and their OpenAPI documents)");
        System.out.println("  keycloak     " + settings.keycloakUrl() + "/realms/youth-justice");
        System.out.println("  kafka        " + settings.kafkaBootstrapServers() + "   (bootstrap servers, plaintext: local only)");
        System.out.println("  postgres     " + settings.jdbcUrl("<service>_service") + "   (user " + DB_USERNAME + ")");
        System.out.println("  logs         " + settings.logs() + "   (one file per part)");
        System.out.println();
        System.out.println("Demo logins (local platform only, never elsewhere): <authority>-<role>, password " + DEMO_PASSWORD);
        System.out.println("  authorities: wokingham, nottinghamshire; roles: case-worker, senior-case-manager,");
        System.out.println("  advanced-practitioner, team-manager, service-manager, court-officer, business-support,");
        System.out.println("  rj-worker, partnership-analyst, platform-admin. A token:");
        System.out.println("  curl -s -d grant_type=password -d client_id=youth-justice-cli -d username=wokingham-case-worker \\");
        System.out.println("       -d password=" + DEMO_PASSWORD + " " + settings.keycloakUrl()
                + "/realms/youth-justice/protocol/openid-connect/token");
        System.out.println("  Keycloak's administration console (demo only): " + settings.keycloakUrl() + "/admin/, user "
                + KEYCLOAK_ADMIN + ", password " + DEMO_PASSWORD);
        System.out.println("Each part's health: deploy/local/platform status");
        System.out.println("Stop it with: deploy/local/platform stop");
    }

    // ---------------------------------------------------------------- parts

    private void startPostgres() throws IOException {
        long begun = System.nanoTime();
        releasePostgres();
        Path data = settings.data().resolve("postgres");
        Path binaries = Files.createDirectories(settings.data().resolve("postgres-binaries"));
        // no shutdown hook: the server outlives this launcher, and stop ends it by its recorded pid
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(settings.postgresPort())
                // a commit the services were told of survives PostgreSQL being killed: the embedded server's default
                // (synchronous_commit off, for speed) acknowledges commits before their WAL is written, and lost an
                // accepted court outcome when the resilience suite killed it (R5)
                .setServerConfig("synchronous_commit", "on")
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("postgres.log").toFile()))
                .start();
        postgresServer = postgres;
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        record("postgres", pid);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER postgres PASSWORD '" + DB_PASSWORD + "'");
            List<String> databases = new ArrayList<>(Settings.SERVICES.stream().map(Settings.Service::database).toList());
            databases.add("keycloak");
            for (String database : databases) {
                try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StartFailed("PostgreSQL started but its databases could not be created: " + e.getMessage());
        }
        ready("postgres", begun, address("postgres"));
    }

    /**
     * The embedded server this launcher started last, if any. zonky holds a file lock on the data directory for as long as
     * its instance lives, and a second start in the same process (the resilience suite's restart after a kill) could not
     * take it: it worked only when a garbage collection had happened to close the first instance's lock file meanwhile
     * (R5 failed when none had). A new start first releases the previous instance's lock. Not by its close(), which runs
     * pg_ctl stop against the killed server's pid file: that pid may belong to another process by now.
     */
    private EmbeddedPostgres postgresServer;

    private void releasePostgres() {
        EmbeddedPostgres previous = postgresServer;
        postgresServer = null;
        if (previous == null) {
            return;
        }
        try {
            // zonky has no other way to let go of the lock: its lock file's stream, closed, releases it
            java.lang.reflect.Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
            stream.setAccessible(true);
            Object lockStream = stream.get(previous);
            if (lockStream instanceof java.io.Closeable closeable) {
                closeable.close();
            }
        } catch (ReflectiveOperationException | IOException e) {
            System.out.println("  note: the previous PostgreSQL instance's lock could not be released: " + e);
        }
    }

    private void startKafka() throws IOException {
        Path home = Files.createDirectories(settings.data().resolve("kafka"));
        Path properties = home.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + settings.kafkaControllerPort(),
                "listeners=PLAINTEXT://127.0.0.1:" + settings.kafkaPort() + ",CONTROLLER://127.0.0.1:" + settings.kafkaControllerPort(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + settings.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("logs"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                // the outbox relays' transactions: as few partitions as the offsets topic, not fifty, on one broker
                "transaction.state.log.num.partitions=3",
                "min.insync.replicas=1",
                "default.replication.factor=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true") + "\n");
        Path log4j = home.resolve("log4j2.properties");
        Files.writeString(log4j, "rootLogger.level=INFO\nrootLogger.appenderRef.out.ref=out\nappender.out.type=Console\n"
                + "appender.out.name=out\nappender.out.layout.type=PatternLayout\nappender.out.layout.pattern=%d %p [%c] %m%n\n"
                + "logger.kafka.name=kafka\nlogger.kafka.level=WARN\nlogger.apache.name=org.apache.kafka\nlogger.apache.level=WARN\n");
        if (!Files.exists(home.resolve("logs/meta.properties"))) {
            // first start: format the broker's storage once with a new cluster id
            String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
            Process format = java("kafka-format", List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + log4j),
                    List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString()));
            try {
                if (format.waitFor() != 0) {
                    throw new StartFailed("Kafka's storage could not be formatted; see " + settings.logs().resolve("kafka-format.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartFailed("interrupted");
            }
        }
        Process kafka = java("kafka", List.of("-Xmx512m", "-Dlog4j2.configurationFile=" + log4j),
                List.of("kafka.Kafka", properties.toString()));
        record("kafka", kafka.pid());
    }

    private void startKeycloak() throws IOException {
        Path home = settings.launcherHome().resolve("target/keycloak/keycloak-" + KEYCLOAK_VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            throw new StartFailed("Keycloak is not unpacked at " + home + "; run 'mvn -B -ntp package -DskipTests' first");
        }
        Path realm = settings.root().resolve("deploy/keycloak/youth-justice-realm.json");
        Path imports = Files.createDirectories(home.resolve("data/import"));
        // the browser client's redirect addresses name the gateway's port: the one this platform runs it on
        Files.writeString(imports.resolve(realm.getFileName()), Files.readString(realm, StandardCharsets.UTF_8)
                .replace("127.0.0.1:8080/", "127.0.0.1:" + settings.gatewayPort() + "/")
                .replace("localhost:8080/", "localhost:" + settings.gatewayPort() + "/"), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--db=postgres", "--db-url=" + settings.jdbcUrl("keycloak"),
                "--db-username=" + DB_USERNAME, "--db-password=" + DB_PASSWORD,
                // imported once: a realm that exists already is left as it is
                "--import-realm",
                // the suites log the same demo user in many times a second, from several threads; with brute-force
                // protection on, Keycloak 26 refuses a login that overlaps another of the same user's as "Invalid user
                // credentials" (event user_temporarily_disabled, with no failure before it: a resilience run failed so).
                // Production keeps Keycloak's default: one person does not log in twice at the same instant.
                "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve("keycloak.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", KEYCLOAK_ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEMO_PASSWORD);
        record("keycloak", builder.start().pid());
    }

    private void startService(Settings.Service service) throws IOException {
        Path jar = settings.module(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new StartFailed(service.module() + " is not built (" + jar + "); run 'mvn -B -ntp package -DskipTests'");
        }
        List<String> options = new ArrayList<>(memoryTuning("384m"));
        options.addAll(List.of(
                "-Dyj.http.port=" + settings.portOf(service),
                "-Dyj.db.url=" + settings.jdbcUrl(service.database()),
                "-Dyj.db.username=" + DB_USERNAME,
                "-Dyj.db.password=" + DB_PASSWORD,
                "-Dyj.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "-Dyj.keycloak.url=" + settings.keycloakUrl()));
        for (Settings.Service other : Settings.SERVICES) {
            if (service.reads().contains(other.route())) {
                options.add("-Dyj." + other.route() + ".url=http://127.0.0.1:" + settings.portOf(other));
            }
        }
        if (service.module().equals("victim-service")) {
            // its personal-data key, from a file only victim-service is pointed at: never on a command line
            options.add("-Dquarkus.config.locations=" + victimServiceKey().toUri());
        }
        record(service.module(), quarkusApplication(service.module(), jar, options).pid());
    }

    /**
     * victim-service's key for sealing victims' personal data (VIC-4). <b>For the local platform only</b>: generated at
     * random on the first start into {@code <data>/victim-service/personal-data-key.properties} (owner-only where the
     * file system has POSIX permissions), and the same file on every later start, so that what was sealed before still
     * opens. In production the keys come from the operators' secret, never from here. The file is a configuration
     * source victim-service reads through {@code quarkus.config.locations}, so the key is on no command line.
     */
    Path victimServiceKey() throws IOException {
        Path directory = settings.victimServiceKeyFile().getParent();
        Path file = settings.victimServiceKeyFile();
        Files.createDirectories(directory);
        ownerOnly(directory, true);
        if (Files.exists(file)) {
            ownerOnly(file, false);
            checkVictimServiceKey(file);
            return file;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String content = String.join("\n",
                "# victim-service's key for victims' personal data (VIC-4), generated on this local platform's first start.",
                "# LOCAL PLATFORM ONLY: for its demo data on this machine; production keys come from the operators' secret.",
                "# Keep it while this data directory is used: without it, the victims' details sealed with it no longer open.",
                "yj.victims.personal-data.current-key=" + LOCAL_PERSONAL_DATA_KEY_ID,
                "yj.victims.personal-data.keys.\"" + LOCAL_PERSONAL_DATA_KEY_ID + "\"=" + Base64.getEncoder().encodeToString(key),
                "");
        writeOwnerOnly(file, content);
        System.out.printf("  %-20s personal-data key generated (local platform only): %s%n", "victim-service", file);
        return file;
    }

    /** Written whole, owner-only, under another name, then moved into place: a start never finds half a secret. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path written = file.getParent().resolve(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        if (posix(file.getParent())) {
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(written);
            ownerOnly(written, false);
        }
        Files.writeString(written, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The console's secrets. <b>For the local platform only</b>: the realm's demo secret of the browser client (in
     * deploy/keycloak, public, demo-only) and a session secret generated at random on the first start, kept in
     * {@code <data>/console/console-secrets.properties} (owner-only) so that a restarted console keeps its users'
     * sessions. A configuration source the console reads through {@code quarkus.config.locations}: no secret on a
     * command line. In production both come from the operators' secrets.
     */
    Path consoleSecrets() throws IOException {
        Path file = settings.data().resolve("console").resolve("console-secrets.properties");
        Files.createDirectories(file.getParent());
        ownerOnly(file.getParent(), true);
        if (Files.exists(file)) {
            ownerOnly(file, false);
            return file;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        writeOwnerOnly(file, String.join("\n",
                "# The console's secrets, LOCAL PLATFORM ONLY: production's come from the operators' secrets.",
                "yj.console.client-secret=" + DEMO_GATEWAY_CLIENT_SECRET,
                "yj.console.session-secret=" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                ""));
        return file;
    }

    private void startConsole() throws IOException {
        Path jar = settings.module("console").resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new StartFailed("the console is not built (" + jar + "); run 'mvn -B -ntp package -DskipTests'");
        }
        List<String> options = new ArrayList<>(memoryTuning("256m"));
        options.addAll(List.of(
                "-Dyj.http.port=" + settings.consolePort(),
                "-Dyj.keycloak.url=" + settings.keycloakUrl(),
                "-Dyj.gateway.url=" + settings.gatewayUrl(),
                // the local platform is plain HTTP on 127.0.0.1: a Secure cookie would never come back
                "-Dyj.console.secure-cookies=false",
                "-Dquarkus.config.locations=" + consoleSecrets().toUri()));
        record("console", quarkusApplication("console", jar, options).pid());
    }

    /** A key file that is there but not usable stops the start: a new key would not open what the old one sealed. */
    private static void checkVictimServiceKey(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String current = properties.getProperty("yj.victims.personal-data.current-key");
        String key = current == null ? null : properties.getProperty("yj.victims.personal-data.keys.\"" + current + "\"");
        boolean usable;
        try {
            usable = key != null && Base64.getDecoder().decode(key.trim()).length == 32;
        } catch (IllegalArgumentException notBase64) {
            usable = false;
        }
        if (!usable) {
            throw new StartFailed("victim-service's personal-data key file " + file + " has no usable current key (32 bytes, "
                    + "base64). Restore it; delete it only together with the victim_service data, which it alone opens.");
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Readable and writable by the owner only (and searchable, for a directory), as far as the file system allows. */
    private static void ownerOnly(Path path, boolean directory) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        java.io.File file = path.toFile();
        boolean set = file.setReadable(false, false) & file.setReadable(true, true)
                & file.setWritable(false, false) & file.setWritable(true, true);
        if (directory) {
            set &= file.setExecutable(false, false) & file.setExecutable(true, true);
        }
        if (!set) {
            System.out.println("  note: could not make " + path + " owner-only on this file system");
        }
    }

    private void startGateway() throws IOException {
        Path jar = settings.module("gateway").resolve("target/quarkus-app/quarkus-run.jar");
        List<String> options = new ArrayList<>(memoryTuning("256m"));
        options.addAll(List.of(
                "-Dyj.http.port=" + settings.gatewayPort(),
                "-Dyj.keycloak.url=" + settings.keycloakUrl()));
        for (Settings.Service service : Settings.SERVICES) {
            options.add("-Dyj." + service.route() + ".url=http://127.0.0.1:" + settings.portOf(service));
        }
        options.add("-Dyj.console.url=" + settings.consoleUrl());
        record("gateway", quarkusApplication("gateway", jar, options).pid());
    }

    // ---------------------------------------------------------------- stop and status

    /** Stops every recorded part, the gateway first and PostgreSQL last. */
    public void stop() {
        List<String> order = new ArrayList<>(parts());
        java.util.Collections.reverse(order);
        boolean any = false;
        for (String part : order) {
            Optional<ProcessHandle> process = recordedProcess(part);
            if (process.isPresent()) {
                any = true;
                System.out.print("  stopping " + part + "... ");
                stopTree(process.get());
                System.out.println("stopped");
            }
            deleteRecord(part);
        }
        System.out.println(any ? "The platform is stopped." : "Nothing was running.");
    }

    // ---------------------------------------------------------------- faults, for the resilience suite

    /**
     * Kills one part at once ({@code SIGKILL}, its child processes too), as a crash or a lost machine would: no
     * orderly shutdown, nothing flushed, a consumer's offsets not committed. For the resilience suite, which then
     * proves that nothing the platform accepted is lost or applied twice.
     */
    public void kill(String part) {
        Optional<ProcessHandle> process = recordedProcess(known(part));
        if (process.isEmpty()) {
            throw new IllegalStateException(part + " is not running");
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.get()), process.get().descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(handle -> handle.onExit().join());
        deleteRecord(part);
    }

    /** Starts a part again after {@link #kill}, on the same port and data, and waits until it is healthy. */
    public void startAgain(String part) {
        try {
            switch (known(part)) {
                case "postgres" -> startPostgres();
                case "kafka" -> startKafka();
                case "keycloak" -> startKeycloak();
                case "gateway" -> startGateway();
                case "console" -> startConsole();
                default -> startService(Settings.SERVICES.stream().filter(s -> s.module().equals(part)).findFirst().orElseThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAll(Map.of(part, () -> healthy(part)), part.equals("keycloak") ? KEYCLOAK_TIMEOUT : PART_TIMEOUT);
    }

    /** Whether every service and the gateway answer their readiness check now. */
    public boolean servicesReady() {
        return Settings.SERVICES.stream().allMatch(service -> healthy(service.module())) && healthy("console") && healthy("gateway");
    }

    private static String known(String part) {
        if (!parts().contains(part)) {
            throw new IllegalArgumentException("no part of the platform is called " + part + "; the parts: " + parts());
        }
        return part;
    }

    /** Prints each part's state; true when every part runs and is healthy. */
    public boolean status() {
        boolean allUp = true;
        for (String part : parts()) {
            Optional<ProcessHandle> process = recordedProcess(part);
            boolean healthy = process.isPresent() && healthy(part);
            allUp &= healthy;
            System.out.printf("  %-20s %-22s %s%s%n", part, process.isEmpty() ? "stopped" : healthy ? "up, healthy" : "running, not healthy",
                    address(part), process.map(p -> "   (pid " + p.pid() + ")").orElse(""));
        }
        boolean anyRunning = parts().stream().anyMatch(part -> recordedProcess(part).isPresent());
        System.out.println(allUp ? "Every part is healthy." : !anyRunning ? "The platform is not running: deploy/local/platform start"
                : "Not every part is healthy: see its log in " + settings.logs() + ".");
        return allUp;
    }

    /** Where a part answers, and how it is checked for health. */
    String address(String part) {
        return switch (part) {
            case "postgres" -> "127.0.0.1:" + settings.postgresPort() + " (accepts connections)";
            case "kafka" -> settings.kafkaBootstrapServers() + " (broker answers)";
            case "keycloak" -> settings.keycloakUrl() + " (realm youth-justice)";
            case "gateway" -> settings.gatewayUrl() + " (/q/health/ready)";
            case "console" -> settings.consoleUrl() + " (/q/health/ready; users reach it through the gateway)";
            default -> Settings.SERVICES.stream().filter(s -> s.module().equals(part)).findFirst()
                    .map(s -> "http://127.0.0.1:" + settings.portOf(s) + " (/q/health/ready; through the gateway: /api/" + s.route()
                            + ")").orElse("");
        };
    }

    /** The process of one running part (postgres, kafka, keycloak, a service, gateway), for measurements. */
    public Optional<ProcessHandle> process(String part) {
        return recordedProcess(known(part));
    }

    /** The process ids recorded for the running platform, for callers that check nothing is left. */
    public List<Long> recordedPids() {
        List<Long> pids = new ArrayList<>();
        for (String part : parts()) {
            recordedProcess(part).ifPresent(handle -> {
                pids.add(handle.pid());
                handle.descendants().forEach(child -> pids.add(child.pid()));
            });
        }
        return pids;
    }

    private boolean healthy(String part) {
        return switch (part) {
            case "postgres" -> portOpen(settings.postgresPort());
            case "kafka" -> kafkaReady();
            case "keycloak" -> keycloakReady();
            case "gateway" -> httpOk(settings.gatewayUrl() + "/q/health/ready");
            case "console" -> httpOk(settings.consoleUrl() + "/q/health/ready");
            default -> Settings.SERVICES.stream().filter(s -> s.module().equals(part)).findFirst()
                    .map(s -> httpOk("http://127.0.0.1:" + settings.portOf(s) + "/q/health/ready")).orElse(false);
        };
    }

    private static List<String> parts() {
        List<String> parts = new ArrayList<>(List.of("postgres", "kafka", "keycloak"));
        Settings.SERVICES.forEach(service -> parts.add(service.module()));
        parts.add("console");
        parts.add("gateway");
        return parts;
    }

    private void stopQuietly() {
        System.out.println("Stopping what was started...");
        stop();
    }

    // ---------------------------------------------------------------- processes

    /**
     * P6 (issue 19), as in the Kubernetes manifests (PlatformRulesTest holds them to it): the JVM options of every Quarkus
     * application of the platform, {@code heapCeiling} its -Xmx.
     * <ul>
     * <li>The serial collector and a small initial heap, together ~40 MB less resident per service when ready than G1
     * with the JVM's own initial heap (1/64 of the machine's memory, ~380 MB of 24 GB, with a young generation to match
     * whose every page is touched before the first collection). Either alone is not enough: G1 at -Xms64m was ~20 MB
     * more resident than serial; serial with the JVM's own initial heap, ~40 MB more than G1. A container limited to
     * one core gets the serial collector anyway.
     * <li>The C library's free memory handed back to the system every 5 s ({@code TrimNativeHeapInterval}): glibc
     * keeps what was freed for reuse, so a burst of work (a backlog of events, a first wave of requests) left each
     * service 15–40 MB more resident for good (allocation-service after 20,000 events: 331 MB, 294 MB once trimmed;
     * fewer malloc arenas instead, MALLOC_ARENA_MAX=2, had changed it by under 5 MB). Given only where this JVM has it
     * as a product option ({@link #trimsNativeHeap()}): a JDK 17 older than 2024's updates starts the platform without
     * it rather than not at all (the manifests add the unlock its first, experimental, updates needed; here the check
     * sees product options only, so no unlock is ever needed).
     * </ul>
     */
    private static List<String> memoryTuning(String heapCeiling) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx" + heapCeiling));
        if (trimsNativeHeap()) {
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        return options;
    }

    /**
     * Whether the platform's applications run with {@code -XX:TrimNativeHeapInterval}: whether this JVM, whose java they
     * run with, has it as a product option (an experimental one is not visible to this check).
     */
    public static boolean trimsNativeHeap() {
        return TRIMS_NATIVE_HEAP;
    }

    private static final boolean TRIMS_NATIVE_HEAP = hasVmOption("TrimNativeHeapInterval");

    private static boolean hasVmOption(String name) {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotSpot == null) {
            return false;
        }
        try {
            hotSpot.getVMOption(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A Quarkus application, run from its own directory with the class archive its build made (P6, issue 19: the build's
     * {@code quarkus.package.jar.appcds.enabled}). The archive holds the classes the application loads as it starts,
     * already parsed and verified, so each start does less work (order-service started alone: 11 s rather than 13 s on
     * a slow machine). It names the jar relative to that directory, so it is used only from there. Made by another
     * JVM than this one, it is left unused with a warning; and a build without it leaves none, so the option is given
     * only when the file is there.
     */
    private Process quarkusApplication(String part, Path jar, List<String> jvmOptions) throws IOException {
        Path directory = jar.getParent();
        List<String> options = new ArrayList<>(jvmOptions);
        if (Files.exists(directory.resolve(APPLICATION_CLASS_ARCHIVE))) {
            options.add("-XX:SharedArchiveFile=" + APPLICATION_CLASS_ARCHIVE);
        }
        // a crash's report goes beside the part's log, not into the build's directory
        options.add("-XX:ErrorFile=" + settings.logs().toAbsolutePath().resolve(part + "-hs_err_pid%p.log"));
        return java(part, options, List.of("-jar", jar.getFileName().toString()), directory);
    }

    private Process java(String part, List<String> jvmOptions, List<String> mainAndArgs) throws IOException {
        return java(part, jvmOptions, mainAndArgs, settings.data());
    }

    private Process java(String part, List<String> jvmOptions, List<String> mainAndArgs, Path directory) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(extraOptions.getOrDefault(part, List.of()));
        if (!mainAndArgs.get(0).equals("-jar")) {
            command.add("-cp");
            command.add(settings.launcherHome().resolve("target/lib").toAbsolutePath() + "/*");
        }
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logs().resolve(part + ".log").toFile()))
                .start();
    }

    private void record(String part, long pid) throws IOException {
        Files.writeString(settings.run().resolve(part + ".pid"), pid + "\n");
        started.add(part);
    }

    private void deleteRecord(String part) {
        try {
            Files.deleteIfExists(settings.run().resolve(part + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ProcessHandle> recordedProcess(String part) {
        Path file = settings.run().resolve(part + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopTree(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        Stream.concat(Stream.of(process), descendants.stream()).forEach(handle -> {
            try {
                handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        });
    }

    // ---------------------------------------------------------------- readiness

    private void awaitAll(Map<String, BooleanSupplier> checks, Duration timeout) {
        long begun = System.nanoTime();
        Map<String, BooleanSupplier> waiting = new LinkedHashMap<>(checks);
        while (!waiting.isEmpty()) {
            waiting.entrySet().removeIf(check -> {
                if (!recordedProcess(check.getKey()).isPresent()) {
                    throw new StartFailed(check.getKey() + " exited; see " + settings.logs().resolve(check.getKey() + ".log")
                            + tail(check.getKey()));
                }
                if (check.getValue().getAsBoolean()) {
                    ready(check.getKey(), begun, address(check.getKey()));
                    return true;
                }
                return false;
            });
            if (!waiting.isEmpty()) {
                if (elapsed(begun).compareTo(timeout) > 0) {
                    String part = waiting.keySet().iterator().next();
                    throw new StartFailed(String.join(", ", waiting.keySet()) + " did not become healthy within "
                            + timeout.toSeconds() + " s; see " + settings.logs().resolve(part + ".log") + tail(part));
                }
                pause();
            }
        }
    }

    private static void ready(String part, long begun, String where) {
        System.out.printf("  %-20s ready (%.1f s)%s%n", part, elapsed(begun).toMillis() / 1000.0,
                where == null ? "" : "  " + where);
    }

    /** Time since {@code begun} ({@code System.nanoTime()}): a start is timed, never dated. */
    private static Duration elapsed(long begun) {
        return Duration.ofNanos(System.nanoTime() - begun);
    }

    private String tail(String part) {
        try {
            List<String> lines = Files.readAllLines(settings.logs().resolve(part + ".log"), StandardCharsets.UTF_8);
            return "\n  last lines:\n    " + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void pause() {
        try {
            // the interval between two readiness probes
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailed("interrupted");
        }
    }

    private boolean kafkaReady() {
        if (!portOpen(settings.kafkaPort())) {
            return false;
        }
        java.util.Properties properties = new java.util.Properties();
        properties.put("bootstrap.servers", settings.kafkaBootstrapServers());
        properties.put("request.timeout.ms", "2000");
        properties.put("default.api.timeout.ms", "3000");
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(properties)) {
            return !admin.describeCluster().nodes().get(3, java.util.concurrent.TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private boolean keycloakReady() {
        return httpOk(settings.keycloakUrl() + "/realms/youth-justice/.well-known/openid-configuration");
    }

    private boolean httpOk(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> takenPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", settings.postgresPort());
        ports.put("kafka", settings.kafkaPort());
        ports.put("kafka controller", settings.kafkaControllerPort());
        ports.put("keycloak", settings.keycloakPort());
        ports.put("keycloak management", settings.keycloakManagementPort());
        ports.put("gateway", settings.gatewayPort());
        Settings.SERVICES.forEach(service -> ports.put(service.module(), settings.portOf(service)));
        ports.put("console", settings.consolePort());
        List<String> taken = new ArrayList<>();
        ports.forEach((part, port) -> {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                taken.add(port + " (" + part + ")");
            }
        });
        return taken;
    }

    /** The platform did not start; the message says why and where to look. */
    public static final class StartFailed extends RuntimeException {
        public StartFailed(String message) {
            super(message, null, false, false);
        }
    }
}
