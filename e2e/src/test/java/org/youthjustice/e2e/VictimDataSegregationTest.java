package org.youthjustice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.youthjustice.e2e.VictimScenarios.CASE_WORKER;
import static org.youthjustice.e2e.VictimScenarios.RJ_WORKER;
import static org.youthjustice.e2e.VictimScenarios.TEAM_MANAGER;
import static org.youthjustice.e2e.VictimScenarios.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * VIC-4 (R6): a victim's personal data lives only in victim-service's database, sealed. The victim flows are driven
 * with values unique to this run (referral, one correction, the details and contact log opened, a contact whose notes
 * name the victim, a risk flag, an opt-out, a subject access export), and then every record of every topic on the
 * broker, every row of every other service's database, every log file of the platform and victim-service's own
 * database (rows as text, sealed columns as hex and decoded) are searched for those values: none may be found. The
 * same search must find what is meant to be there (the pseudonymous victim reference, the case id), so that finding
 * nothing means something was looked at. It runs after the other end-to-end classes, so that it searches everything
 * their flows left behind as well.
 */
@EndToEnd
// after every flow: the scan covers what they all left behind. Only the benchmark harness's smoke run (resilience)
// and the launcher's restart check come later, with data of their own
@Order(Integer.MAX_VALUE - 2)
class VictimDataSegregationTest {
    private static final List<String> OTHER_DATABASES = List.of("order_service", "allocation_service", "compliance_service",
            "transfer_service", "reporting_service");
    private static final String VICTIM_DATABASE = "victim_service";

    /** Where each searched-for value was found: place (topic, table, log file) → number of hits. */
    private static final class Findings {
        private final Map<String, String> values;
        private final Map<String, Map<String, Integer>> hits = new LinkedHashMap<>();

        Findings(Map<String, String> values) {
            this.values = values;
            values.keySet().forEach(label -> hits.put(label, new TreeMap<>()));
        }

        /** Looks for every value in {@code text}, as it is (any case) and as the hex of its UTF-8 bytes (a bytea's text). */
        void look(String place, String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            values.forEach((label, value) -> {
                String needle = value.toLowerCase(Locale.ROOT);
                String hex = HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
                if (lower.contains(needle) || lower.contains(hex)) {
                    hits.get(label).merge(place, 1, Integer::sum);
                }
            });
        }

        Map<String, Integer> of(String label) {
            return hits.get(label);
        }

        int total(List<String> labels) {
            return labels.stream().mapToInt(label -> hits.get(label).values().stream().mapToInt(Integer::intValue).sum()).sum();
        }
    }

    @Test
    @DisplayName("VIC-4 (R6): after the victim flows, the victim's name, address, phone, e-mail and parent's name are on no "
            + "Kafka topic, in no other service's database, in no log file, and only sealed in victim-service's database")
    void victimsPersonalDataIsFoundNowhereButSealedInVictimService(RunningPlatform platform) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        SecureRandom random = new SecureRandom();
        String run = HexFormat.of().formatHex(random.generateSeed(4));
        Map<String, String> personal = new LinkedHashMap<>();
        personal.put("name", "Zephyrine Quillfeather-" + run);
        personal.put("address", "14 Marrowgate Lane-" + run + ", Wokingham RG40 3QX");
        personal.put("corrected address", "Flat 3, Thistledown Court-" + run + ", Wokingham RG41 5NP");
        personal.put("phone", String.format("07700 9%05d", random.nextInt(100_000)));
        personal.put("phone, digits only", personal.get("phone").replace(" ", ""));
        personal.put("e-mail", "zephyrine." + run + "@quillfeather.example");
        personal.put("communication needs", "Hard of hearing: text first, codeword Larkspur-" + run);
        personal.put("parent's name", "Barnaby Quillfeather-" + run);
        personal.put("parent's phone", String.format("07700 8%05d", random.nextInt(100_000)));
        personal.put("parent's e-mail", "barnaby." + run + "@quillfeather.example");
        personal.put("contact notes", "Spoke with " + personal.get("name") + " and her father at home " + run);

        // ---------------------------------------------------------------- the victim flows, with those values
        UUID caseManager = VictimScenarios.caseWorker(platform);
        UUID rjWorker = VictimScenarios.rjWorker(platform);
        Map<String, Object> child = VictimScenarios.child(today, "Segregation");
        String caseId = VictimScenarios.sentenced(platform, today, child, "assault");
        // allocated before any victim is known: no restorative justice worker yet
        String request = VictimScenarios.allocationRequest(platform, caseId);
        as(platform, TEAM_MANAGER).body(Map.of("workerId", caseManager.toString(), "rationale", "Holds the family's other case."))
                .post("/api/allocations/allocation-requests/" + request + "/decision").then().statusCode(201);

        Map<String, Object> parent = Map.of("name", personal.get("parent's name"), "relationship", "father",
                "address", personal.get("address"), "phone", personal.get("parent's phone"), "email", personal.get("parent's e-mail"));
        Map<String, Object> details = new HashMap<>(Map.of("name", personal.get("name"),
                "dateOfBirth", today.minusYears(15).toString(), "address", personal.get("address"), "phone", personal.get("phone"),
                "email", personal.get("e-mail"), "preferredContactMethod", "email",
                "communicationNeeds", personal.get("communication needs"), "parentOrGuardian", parent));
        String victimRef = VictimScenarios.referred(platform, Map.of("caseId", caseId, "policeReference", "TVP-R6-" + run,
                        "victimAskedNotToShare", false, "directVictim", true, "consentToContact", true,
                        "consentGivenOn", today.toString(), "details", details))
                .then().statusCode(201).extract().path("victimRef");

        // ALC-11: the consent came after the allocation: the case waits for a restorative justice worker until one is named
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, TEAM_MANAGER).get("/api/allocations/restorative-justice-needs")
                .jsonPath().getList("cases.caseId").contains(caseId));
        as(platform, TEAM_MANAGER).body(Map.of("workerId", rjWorker.toString())).post("/api/allocations/cases/" + caseId + "/rj-worker")
                .then().statusCode(200).body("rjWorkerId", equalTo(rjWorker.toString()));
        as(platform, TEAM_MANAGER).get("/api/allocations/restorative-justice-needs").then().statusCode(200)
                .body("cases.caseId", not(hasItem(caseId)));

        // corrected once, then opened with a reason
        details.put("address", personal.get("corrected address"));
        as(platform, RJ_WORKER).body(details).put("/api/victims/victims/" + victimRef + "/details").then().statusCode(200);
        as(platform, RJ_WORKER).header("Access-Reason", "preparing the first contact").get("/api/victims/victims/" + victimRef + "/details")
                .then().statusCode(200).body("address", equalTo(personal.get("corrected address")))
                .body("parentOrGuardian.name", equalTo(personal.get("parent's name")));

        // case.co-allocated has reached victim-service: the first contact is on the restorative justice worker's list
        await().atMost(Duration.ofSeconds(60)).until(() -> as(platform, RJ_WORKER).queryParam("scope", "mine")
                .get("/api/victims/tasks").jsonPath().getList("victimRef").contains(victimRef));
        as(platform, RJ_WORKER).body(Map.of("purpose", "sentence-outcome",
                        "attemptedAt", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString(), "method", "phone",
                        "contactedPerson", "parent-or-guardian", "result", "contacted", "outcomeTold", true, "supportOffered", true,
                        "notes", personal.get("contact notes")))
                .post("/api/victims/victims/" + victimRef + "/contacts").then().statusCode(201);
        as(platform, RJ_WORKER).header("Access-Reason", "reviewing the contact").get("/api/victims/victims/" + victimRef + "/contacts")
                .then().statusCode(200).body("notes", hasItem(personal.get("contact notes")));

        // VIC-5: the flag reaches the case manager; then the victim opts out; then a subject access export
        as(platform, RJ_WORKER).body(Map.of("flag", "victim-fears-retaliation")).post("/api/victims/victims/" + victimRef + "/risks")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> VictimScenarios.riskFlagsSeenBy(platform, CASE_WORKER, caseId)
                .contains("victim-fears-retaliation"));
        as(platform, RJ_WORKER).body(Map.of("consentToContact", false, "source", "parent-or-guardian", "givenOn", today.toString()))
                .post("/api/victims/victims/" + victimRef + "/consent").then().statusCode(200);
        as(platform, "wokingham-service-manager").header("Access-Reason", "subject access request R6-" + run)
                .get("/api/victims/victims/" + victimRef + "/subject-access-export").then().statusCode(200)
                .body("details.name", equalTo(personal.get("name")));

        // every event of the flows is on its topic and handled by the services that follow it
        try (KafkaTopics kafka = new KafkaTopics(platform)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> kafka.records("yj.victims.v1").stream()
                    .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                    .anyMatch(event -> event.contains("victim-consent.withdrawn") && event.contains(victimRef)));
            // reporting-service reads the topic for victim-service's time limits (ids and dates only)
            for (String group : List.of("order-service", "allocation-service", "reporting-service")) {
                kafka.awaitConsumedToEnd(group, "yj.victims.v1");
            }
            for (String topic : List.of("yj.orders.v1", "yj.allocations.v1")) {
                kafka.awaitConsumedToEnd("victim-service", topic);
            }

            // ---------------------------------------------------------------- the search
            Map<String, String> searched = new LinkedHashMap<>(personal);
            searched.put("victim reference (expected)", victimRef);
            searched.put("case id (expected)", caseId);
            Findings findings = new Findings(searched);

            long records = 0;
            long kafkaBytes = 0;
            List<String> topics = List.copyOf(kafka.topics());
            for (String topic : topics) {
                long[] bytes = { 0 };
                records += kafka.read(topic, record -> {
                    StringBuilder text = new StringBuilder();
                    if (record.key() != null) {
                        text.append(new String(record.key(), StandardCharsets.UTF_8)).append('\n');
                    }
                    if (record.value() != null) {
                        text.append(new String(record.value(), StandardCharsets.UTF_8)).append('\n');
                    }
                    for (Header header : record.headers()) {
                        text.append(header.key()).append('=');
                        if (header.value() != null) {
                            text.append(new String(header.value(), StandardCharsets.UTF_8));
                        }
                        text.append('\n');
                    }
                    bytes[0] += text.length();
                    findings.look("kafka " + topic, text.toString());
                });
                kafkaBytes += bytes[0];
            }

            long[] tables = { 0 };
            long[] rows = { 0 };
            long[] sealedValues = { 0 };
            for (String database : Stream.concat(OTHER_DATABASES.stream(), Stream.of(VICTIM_DATABASE)).toList()) {
                try (Connection connection = platform.database(database)) {
                    scan(connection, database, findings, tables, rows, sealedValues);
                }
            }

            long logFiles = 0;
            long logBytes = 0;
            List<Path> logs;
            try (Stream<Path> files = Files.list(platform.logs())) {
                logs = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path log : logs) {
                byte[] content = Files.readAllBytes(log);
                findings.look("log " + log.getFileName(), new String(content, StandardCharsets.UTF_8));
                logFiles++;
                logBytes += content.length;
            }

            List<String> personalLabels = new ArrayList<>(personal.keySet());
            System.out.printf("%nVIC-4 (R6) segregation scan for %d personal values of run %s:%n", personal.size(), run);
            System.out.printf("  Kafka:     %d topics, %d records, %d bytes (%s)%n", topics.size(), records, kafkaBytes,
                    String.join(", ", topics));
            System.out.printf("  databases: %d (%s and %s), %d tables, %d rows, %d sealed (bytea) values decoded%n",
                    OTHER_DATABASES.size() + 1, String.join(", ", OTHER_DATABASES), VICTIM_DATABASE, tables[0], rows[0], sealedValues[0]);
            System.out.printf("  logs:      %d files, %d bytes (%s)%n", logFiles, logBytes,
                    String.join(", ", logs.stream().map(p -> p.getFileName().toString()).toList()));
            System.out.printf("  hits of personal values: %d%n", findings.total(personalLabels));
            System.out.printf("  expected values found: victim reference in %s; case id in %d places%n",
                    findings.of("victim reference (expected)").keySet(), findings.of("case id (expected)").size());

            // the search looks where it claims to: what is meant to be there is found by the same scanner
            assertThat(findings.of("victim reference (expected)")).containsKeys("kafka yj.victims.v1",
                    "db allocation_service public.victim_consent", "db victim_service public.victim", "log victim-service.log",
                    "log gateway.log");
            assertThat(findings.of("case id (expected)")).containsKeys("kafka yj.orders.v1", "db order_service public.child_case");
            assertThat(topics).contains("yj.orders.v1", "yj.allocations.v1", "yj.victims.v1", "__consumer_offsets");
            assertThat(findings.of("case id (expected)")).containsKeys("db allocation_service public.child_case",
                    "db reporting_service public.time_limit");
            // and it recognises plain text kept in a bytea column, as the row's text (hex) and decoded
            try (Connection connection = platform.database(VICTIM_DATABASE);
                    java.sql.PreparedStatement statement = connection.prepareStatement("select convert_to(?, 'UTF8')::text, convert_to(?, 'UTF8')")) {
                statement.setString(1, personal.get("name"));
                statement.setString(2, personal.get("name"));
                try (ResultSet unsealed = statement.executeQuery()) {
                    assertThat(unsealed.next()).isTrue();
                    Findings control = new Findings(Map.of("name", personal.get("name")));
                    control.look("bytea as text", unsealed.getString(1));
                    control.look("bytea decoded", new String(unsealed.getBytes(2), StandardCharsets.UTF_8));
                    assertThat(unsealed.getString(1)).startsWith("\\x");
                    assertThat(control.of("name")).containsOnlyKeys("bytea as text", "bytea decoded");
                }
            }
            // and what is personal is found nowhere: not on the wire, not in another service, not in a log, not in plain
            // text or unsealed bytes in victim-service's own database
            for (String label : personalLabels) {
                assertThat(findings.of(label)).as("where the victim's %s (%s) was found", label, personal.get(label)).isEmpty();
            }
        }
    }

    /**
     * Every table of the schemas {@code public} and {@code platform}: each row as text (a bytea column shows as hex), and
     * each bytea value decoded as UTF-8.
     */
    private static void scan(Connection connection, String database, Findings findings, long[] tables, long[] rows,
            long[] sealedValues) throws SQLException {
        Map<String, List<String>> byteaColumns = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("""
                        select table_schema, table_name from information_schema.tables
                        where table_schema in ('public', 'platform') and table_type = 'BASE TABLE'
                        order by table_schema, table_name""")) {
            while (found.next()) {
                names.add(found.getString(1) + "." + found.getString(2));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("""
                        select table_schema, table_name, column_name from information_schema.columns
                        where table_schema in ('public', 'platform') and data_type = 'bytea'""")) {
            while (found.next()) {
                byteaColumns.computeIfAbsent(found.getString(1) + "." + found.getString(2), t -> new ArrayList<>()).add(found.getString(3));
            }
        }
        connection.setAutoCommit(false); // a cursor, not every row at once
        for (String table : names) {
            String place = "db " + database + " " + table;
            String quoted = quoted(table);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(500);
                try (ResultSet row = statement.executeQuery("select t::text from " + quoted + " t")) {
                    while (row.next()) {
                        findings.look(place, row.getString(1));
                        rows[0]++;
                    }
                }
                for (String column : byteaColumns.getOrDefault(table, List.of())) {
                    String quotedColumn = "\"" + column.replace("\"", "\"\"") + "\"";
                    try (ResultSet value = statement.executeQuery("select " + quotedColumn + " from " + quoted
                            + " where " + quotedColumn + " is not null")) {
                        while (value.next()) {
                            findings.look(place + "." + column, new String(value.getBytes(1), StandardCharsets.UTF_8));
                            sealedValues[0]++;
                        }
                    }
                }
            }
            tables[0]++;
        }
        connection.rollback();
    }

    private static String quoted(String table) {
        String[] parts = table.split("\\.", 2);
        return "\"" + parts[0].replace("\"", "\"\"") + "\".\"" + parts[1].replace("\"", "\"\"") + "\"";
    }
}
