package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;
import org.youthjustice.testing.Keycloak;

/**
 * P5: national scale. Loads a national partnership straight into the services' databases with COPY
 * ({@link NationalScaleData}: 150 authorities, a million cases, ten million milestones and the matching compliance and
 * allocation rows at full size; three authorities and a few hundred cases in the smoke run), then measures, against
 * each service directly with the demo users' real tokens, the lists people open all day: the due lists (mine, team,
 * authority), the case search by name and by reference, compliance's due list, the contact shortfalls and an
 * allocation proposal. Each list is asked for sequentially, one request at a time after a warm-up, its parameters
 * rotating (teams, names, references, requests); p50 and p99 by HdrHistogram. The demo users are wokingham's, one
 * authority's share of the country's rows: what one youth justice service sees while 149 others share the tables.
 *
 * <p>{@code -Dyj.bench.national.cases=N} (and {@code .authorities}) sets another size, e.g. 100,000 cases to check the
 * plans before a full run. {@link #plans()} gives the query plans behind each list ({@link NationalScalePlans}).
 */
final class NationalScale {
    private static final String TARGET = "≤ 50 ms";

    private final Settings settings;
    private final Size size;
    private final Http http = new Http();
    private final Keycloak keycloak;
    private NationalScalePlans plans;
    private String rowsLoaded = "";

    NationalScale(LocalPlatform platform, Settings settings, Size size) {
        this.settings = settings;
        this.size = size;
        this.keycloak = new Keycloak(settings.keycloakUrl());
    }

    /** One list as a user opens it: who asks, and the request for its {@code n}th time (the parameters rotate). */
    private record Probe(String name, String user, IntFunction<String> url) {
    }

    List<Figure> measure() throws Exception {
        int authorities = Integer.getInteger("yj.bench.national.authorities", size.full() ? 150 : 3);
        int cases = Integer.getInteger("yj.bench.national.cases", size.full() ? 1_000_000 : 300);
        // the smoke run only proves every list answers: a handful of requests each keeps it to seconds in every build
        int requests = Integer.getInteger("yj.bench.national.requests", size.full() ? 200 : 8);
        UUID caseWorker = subject("wokingham-case-worker");
        NationalScaleData data = new NationalScaleData(authorities, cases,
                List.of(caseWorker, subject("wokingham-senior-case-manager"), subject("wokingham-advanced-practitioner")),
                Instant.now()); // the local platform runs on the real clock

        long begun = System.nanoTime();
        NationalScaleData.Loaded loaded = data.load(settings);
        double loadSeconds = (System.nanoTime() - begun) / 1e9;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("P5", "national partnership loaded with COPY (%,d rows: %,d cases, %,d milestones)"
                        .formatted(loaded.total(), cases, (long) cases * NationalScaleData.MILESTONES_PER_CASE),
                loadSeconds, "s", "minutes", "%d authorities; copy, index builds and VACUUM ANALYZE per database: %s; rows by table below"
                        .formatted(authorities, loaded.seconds().entrySet().stream()
                                .map(e -> e.getKey() + " %.0f s".formatted(e.getValue())).toList())));
        rowsLoaded = loaded.rows().entrySet().stream().map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));

        List<String> references = column("order_service",
                "select reference from child_case where authority = 'wokingham' order by id limit 50");
        List<String> requestIds = column("allocation_service",
                "select id::text from allocation_request where authority = 'wokingham' and status = 'OPEN' order by due_at, id");
        List<String> names = List.of("smi", "patel", "jon", "oliver", "wood", "kha", "ella", "begum", "ward", "rees",
                "taylor", "ahmed", "noah", "lee", "cooper", "mia");
        String[] teams = NationalScaleData.TEAMS;
        String[] statuses = { "open", "overdue", "due" };
        String orders = Http.serviceUrl(settings, "order-service") + "/api/orders";
        String compliance = Http.serviceUrl(settings, "compliance-service") + "/api/compliance";
        String allocations = Http.serviceUrl(settings, "allocation-service") + "/api/allocations";
        List<Probe> probes = List.of(
                new Probe("due list, mine (a case worker's milestones)", "wokingham-case-worker",
                        n -> orders + "/milestones?scope=mine&status=" + statuses[n % 3]),
                new Probe("due list, team", "wokingham-team-manager",
                        n -> orders + "/milestones?scope=team&team=" + teams[n % teams.length] + "&status=" + statuses[n / 4 % 3]),
                new Probe("due list, authority", "wokingham-team-manager",
                        n -> orders + "/milestones?scope=authority&status=" + statuses[n % 3]),
                new Probe("case search by name", "wokingham-team-manager",
                        n -> orders + "/cases?name=" + encode(names.get(n % names.size()))),
                new Probe("case search by reference", "wokingham-team-manager",
                        n -> orders + "/cases?reference=" + encode(references.get(n % references.size()))),
                new Probe("compliance due list, mine", "wokingham-case-worker", n -> compliance + "/due?scope=mine"),
                new Probe("compliance due list, authority", "wokingham-team-manager",
                        n -> compliance + "/due?scope=authority&status=" + (n % 2 == 0 ? "overdue" : "due")),
                new Probe("contact shortfalls, team", "wokingham-team-manager",
                        n -> compliance + "/contact-shortfalls?scope=team&team=" + teams[n % teams.length]),
                new Probe("contact shortfalls, authority", "wokingham-team-manager",
                        n -> compliance + "/contact-shortfalls?scope=authority"),
                new Probe("allocation proposal (an open request, its team's workers ranked)", "wokingham-team-manager",
                        n -> allocations + "/allocation-requests/" + requestIds.get(n % requestIds.size())));
        int warmUp = Math.max(2, requests / 4);
        for (Probe probe : probes) {
            // a token per list: the realm's tokens live five minutes
            String token = keycloak.passwordToken(probe.user(), LocalPlatform.DEMO_PASSWORD);
            Histogram latency = new Histogram(3);
            long items = 0;
            for (int n = 0; n < warmUp + requests; n++) {
                long sent = System.nanoTime();
                Http.Answer answer = http.expect(200, "GET", probe.url().apply(n), token, null);
                long took = (System.nanoTime() - sent) / 1000;
                if (n >= warmUp) {
                    latency.recordValue(took);
                    JsonNode body = answer.body();
                    items += body.isArray() ? body.size() : 1;
                }
            }
            String note = "%d sequential requests after %d warm-up, %.1f items per answer; %s"
                    .formatted(requests, warmUp, (double) items / requests, size.full() ? "full size" : cases + " cases");
            figures.add(Figure.of("P5", probe.name() + ", p50", latency.getValueAtPercentile(50) / 1000.0, "ms", "", note));
            figures.add(Figure.of("P5", probe.name() + ", p99", latency.getValueAtPercentile(99) / 1000.0, "ms", TARGET, note));
        }
        plans = new NationalScalePlans(settings, caseWorker, references.get(0), requestIds.get(0));
        return figures;
    }

    /** The query plans behind the figures, as Markdown. */
    String plans() throws SQLException {
        return plans == null ? "Not measured." : "Rows loaded, by table: " + rowsLoaded + ".\n\n" + plans.markdown();
    }

    /** The realm user id of a demo user: the subject of their token (worker ids are realm user ids). */
    private UUID subject(String username) throws Exception {
        String token = keycloak.passwordToken(username, LocalPlatform.DEMO_PASSWORD);
        JsonNode claims = Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return UUID.fromString(claims.path("sub").asText());
    }

    private List<String> column(String database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database), LocalPlatform.DB_USERNAME,
                LocalPlatform.DB_PASSWORD); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("the national partnership has no rows for: " + query);
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
