package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;
import org.youthjustice.testing.Keycloak;

/**
 * P1 and P2: authenticated reads through the gateway and, as the baseline, straight to the service, with the same
 * token, driven by Gatling ({@link ReadLoad}). Two reads: a cheap one (a worker by id in allocation-service: one row
 * by primary key) and a database read (a child's case file in order-service: the case with its orders,
 * requirements, risk and milestones, the single-case read of P2). For each, through either way: the latency of one
 * read at a steady, low rate (p50, p99) and the throughput of {@code users} clients reading as fast as they are
 * answered (requests/s, p99). The gateway's per-client rate limit (20/s) is lifted for the run: the figure is the
 * gateway's cost, not its limit, and Gatling's clients share one token.
 */
final class GatewayReads {
    private static final int USERS = 16;

    private final LocalPlatform platform;
    private final Settings settings;
    private final Size size;
    private final Http http = new Http();

    GatewayReads(LocalPlatform platform, Settings settings, Size size) {
        this.platform = platform;
        this.settings = settings;
        this.size = size;
    }

    /** One measured phase: its reads per second and the latencies Gatling saw (ms). */
    record Phase(double perSecond, double p50, double p99) {
        static Phase of(ReadLoad.Measured measured) {
            return new Phase(measured.perSecond(), measured.millis().getValueAtPercentile(50), measured.millis().getValueAtPercentile(99));
        }
    }

    List<Figure> measure() throws IOException {
        platform.optionsFor("gateway", List.of("-Dyj.gateway.limits.requests-per-second=1000000", "-Dyj.gateway.limits.burst=1000000"));
        platform.kill("gateway");
        platform.startAgain("gateway");

        Keycloak keycloak = new Keycloak(settings.keycloakUrl());
        String token = keycloak.passwordToken("wokingham-team-manager", LocalPlatform.DEMO_PASSWORD);
        String courtToken = keycloak.passwordToken("wokingham-court-officer", LocalPlatform.DEMO_PASSWORD);
        UUID worker = UUID.randomUUID();
        http.expect(201, "PUT", Http.serviceUrl(settings, "allocation-service") + "/api/allocations/workers/" + worker, token,
                Map.of("name", "Bench Reader", "team", "community-orders-unit", "grade", "band-b", "genderIdentity", "female",
                        "contractedHours", 37));
        String caseId = http.expect(201, "POST", Http.serviceUrl(settings, "order-service") + "/api/orders/court-outcomes",
                courtToken, CourtOutcomeFlow.sentence("READS-" + UUID.randomUUID().toString().substring(0, 8)))
                .body().path("caseId").asText();

        String cheap = "/api/allocations/workers/" + worker;
        String caseFile = "/api/orders/cases/" + caseId;
        Phase[] cheapGateway = run("cheap-gateway", settings.gatewayUrl(), cheap, token);
        Phase[] cheapDirect = run("cheap-direct", Http.serviceUrl(settings, "allocation-service"), cheap, token);
        Phase[] caseGateway = run("case-gateway", settings.gatewayUrl(), caseFile, token);
        Phase[] caseDirect = run("case-direct", Http.serviceUrl(settings, "order-service"), caseFile, token);

        String paced = "Gatling, " + pacedPerSecond() + " reads/s for " + pacedSeconds() + " s after a warm-up; "
                + "1 ms resolution (Gatling's)";
        String saturated = "Gatling, " + USERS + " clients reading back to back for " + saturatedSeconds()
                + " s; Gatling on the same 2 cores as the platform";
        List<Figure> figures = new ArrayList<>();
        for (String read : List.of("cheap read (a worker by id)", "database read (a child's case file)")) {
            boolean isCheap = read.startsWith("cheap");
            Phase[] gateway = isCheap ? cheapGateway : caseGateway;
            Phase[] direct = isCheap ? cheapDirect : caseDirect;
            String latencyTarget = isCheap ? "" : "≤ 1.25 × the direct read";
            figures.add(compared("P1", read + " through the gateway, p50", gateway[0].p50(), "ms", direct[0].p50(), latencyTarget, paced));
            figures.add(compared("P1", read + " through the gateway, p99", gateway[0].p99(), "ms", direct[0].p99(), latencyTarget, paced));
            figures.add(compared("P1", read + " through the gateway, throughput", gateway[1].perSecond(), "req/s",
                    direct[1].perSecond(), isCheap ? "" : "≥ 0.8 × the direct read", saturated));
        }
        figures.add(Figure.of("P2", "single-case read through the gateway, throughput", caseGateway[1].perSecond(), "req/s",
                "≥ 3,000 req/s", saturated));
        figures.add(Figure.of("P2", "single-case read through the gateway at that throughput, p99", caseGateway[1].p99(), "ms",
                "≤ 25 ms", saturated));
        return figures;
    }

    private static Figure compared(String id, String name, double value, String unit, double direct, String target, String note) {
        return new Figure(id, name, value, unit, direct, "straight to the service", target, note);
    }

    /** Runs {@link ReadLoad} once: the paced phase and the saturated phase, each as Gatling measured it. */
    private Phase[] run(String name, String baseUrl, String path, String token) {
        ReadLoad.plan = new ReadLoad.Plan(baseUrl, path, token, USERS, size.full() ? 10 : 1, pacedPerSecond(), pacedSeconds(),
                saturatedSeconds());
        ReadLoad.MEASURED.clear();
        ReadLoad.FAILED.reset();
        Path results = settings.data().resolve("gatling").resolve(name);
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {"--simulation", ReadLoad.class.getName(),
                "--results-folder", results.toString(), "--run-description", name + ": " + baseUrl + path});
        if (status != 0) {
            throw new IllegalStateException("Gatling's " + name + " run ended with status " + status + ": its report is in " + results);
        }
        if (ReadLoad.FAILED.sum() > 0) {
            throw new IllegalStateException(ReadLoad.FAILED.sum() + " reads of Gatling's " + name + " run failed: its report is in " + results);
        }
        Phase[] phases = new Phase[2];
        for (int i = 0; i < 2; i++) {
            String phase = i == 0 ? "paced" : "saturated";
            ReadLoad.Measured measured = ReadLoad.MEASURED.get(phase);
            if (measured == null) {
                throw new IllegalStateException("Gatling's " + name + " run answered no " + phase + " read: its report is in " + results);
            }
            phases[i] = Phase.of(measured);
        }
        return phases;
    }

    private int pacedPerSecond() {
        return size.full() ? 50 : 10;
    }

    private int pacedSeconds() {
        return size.full() ? 20 : 2;
    }

    private int saturatedSeconds() {
        return size.full() ? 20 : 2;
    }
}
