package org.youthjustice.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;
import org.youthjustice.testing.Keycloak;

/**
 * P1 and P2: authenticated reads through the gateway and, as the baseline, straight to the service, as the same
 * user, driven by Gatling ({@link ReadLoad}). Two reads: a cheap one (a worker by id in allocation-service: one row
 * by primary key) and a database read (a child's case file in order-service: the case with its orders,
 * requirements, risk and milestones, the single-case read of P2). For each, through either way: the latency of one
 * read at a steady, low rate (p50, p99) and the throughput of {@code users} clients reading as fast as they are
 * answered (requests/s, p99). The gateway's per-client rate limit (20/s) is lifted for the run: the figure is the
 * gateway's cost, not its limit, and Gatling's clients share one token in each run (a fresh one per run).
 */
final class GatewayReads {
    private static final int USERS = 16;

    private final LocalPlatform platform;
    private final Settings settings;
    private final Size size;
    private final Http http = new Http();
    /** Each run's warm-up, by the run's name. */
    private final Map<String, CompilerTime.WarmUp> warmUps = new LinkedHashMap<>();

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

    List<Figure> measure() throws Exception {
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
        // each service read straight first: it compiles its code for the read there, so that what the gateway's run
        // waits for in its warm-up is the gateway's own compiling (restarted above), not the service's
        // a token of its own for each Gatling run: the warm-ups can outlast one (the realm's access tokens live 5 minutes)
        Supplier<String> tokens = () -> keycloak.passwordToken("wokingham-team-manager", LocalPlatform.DEMO_PASSWORD);
        Phase[] cheapDirect = run("cheap-direct", Http.serviceUrl(settings, "allocation-service"), cheap, tokens,
                List.of("allocation-service"));
        Phase[] cheapGateway = run("cheap-gateway", settings.gatewayUrl(), cheap, tokens, List.of("gateway", "allocation-service"));
        Phase[] caseDirect = run("case-direct", Http.serviceUrl(settings, "order-service"), caseFile, tokens,
                List.of("order-service"));
        Phase[] caseGateway = run("case-gateway", settings.gatewayUrl(), caseFile, tokens, List.of("gateway", "order-service"));

        String paced = "Gatling, " + pacedPerSecond() + " reads/s for " + pacedSeconds() + " s after warm-up rounds "
                + "(below); 1 ms resolution (Gatling's)";
        String saturated = "Gatling, " + USERS + " clients reading back to back for " + saturatedSeconds()
                + " s; Gatling on the same 2 cores as the platform";
        List<Figure> figures = new ArrayList<>();
        for (String read : List.of("cheap read (a worker by id)", "database read (a child's case file)")) {
            boolean isCheap = read.startsWith("cheap");
            Phase[] gateway = isCheap ? cheapGateway : caseGateway;
            Phase[] direct = isCheap ? cheapDirect : caseDirect;
            String warmed = warmedUp(isCheap ? "cheap-gateway" : "case-gateway", isCheap ? "cheap-direct" : "case-direct");
            String latencyTarget = isCheap ? "" : "≤ 1.25 × the direct read";
            figures.add(compared("P1", read + " through the gateway, p50", gateway[0].p50(), "ms", direct[0].p50(), latencyTarget,
                    paced + warmed));
            figures.add(compared("P1", read + " through the gateway, p99", gateway[0].p99(), "ms", direct[0].p99(), latencyTarget,
                    paced + warmed));
            figures.add(compared("P1", read + " through the gateway, throughput", gateway[1].perSecond(), "req/s",
                    direct[1].perSecond(), isCheap ? "" : "≥ 0.8 × the direct read", saturated + warmed));
        }
        String warmed = warmedUp("case-gateway");
        figures.add(Figure.of("P2", "single-case read through the gateway, throughput", caseGateway[1].perSecond(), "req/s",
                "≥ 3,000 req/s", saturated + warmed));
        figures.add(Figure.of("P2", "single-case read through the gateway at that throughput, p99", caseGateway[1].p99(), "ms",
                "≤ 25 ms", saturated + warmed));
        return figures;
    }

    private static Figure compared(String id, String name, double value, String unit, double direct, String target, String note) {
        return new Figure(id, name, value, unit, direct, "straight to the service", target, note);
    }

    /**
     * Runs {@link ReadLoad} once, after warming up until the read's code is compiled ({@link #warmUp}): the paced phase
     * and the saturated phase, each as Gatling measured it.
     */
    private Phase[] run(String name, String baseUrl, String path, Supplier<String> tokens, List<String> onTheWay)
            throws Exception {
        Function<String, ReadLoad.Plan> plan = token -> new ReadLoad.Plan(baseUrl, path, token, USERS, warmUpSeconds(),
                pacedPerSecond(), pacedSeconds(), saturatedSeconds());
        warmUp(name, () -> plan.apply(tokens.get()), onTheWay);
        gatling(ReadLoad.class, name, plan.apply(tokens.get()));
        Phase[] phases = new Phase[2];
        for (int i = 0; i < 2; i++) {
            String phase = i == 0 ? "paced" : "saturated";
            ReadLoad.Measured measured = ReadLoad.MEASURED.get(phase);
            if (measured == null) {
                throw new IllegalStateException("Gatling's " + name + " run answered no " + phase + " read: its report is in " + results(name));
            }
            phases[i] = Phase.of(measured);
        }
        return phases;
    }

    /**
     * Warm-up rounds ({@link ReadLoad.WarmUp}) until the JIT compilers of the applications {@code onTheWay} used under a
     * tenth of a round's time in one ({@link CompilerTime}): the code the read runs is compiled; at most
     * {@link #warmUpRounds()}. A fixed 10 s warm-up measured the gateway's way while it was still compiling on a slow
     * day: restarted just before P1 (to lift its rate limit), with order-service reading a case file for the first time,
     * the gateway served 60-90 reads/s with order-service busy 1.35 cores, compilers included, where the direct read just
     * after served 300. A round's reads per second were no guide: they rose, stalled and rose again as the compilers
     * went on.
     */
    private void warmUp(String name, Supplier<ReadLoad.Plan> plans, List<String> onTheWay) throws Exception {
        warmUps.put(name, CompilerTime.warmUp(platform, onTheWay, warmUpRounds(), "P1 " + name, round -> {
            ReadLoad.Plan plan = plans.get(); // its token fetched before the round's clock starts
            return () -> {
                gatling(ReadLoad.WarmUp.class, name + "-warm-up-" + round, plan);
                ReadLoad.Measured answered = ReadLoad.MEASURED.get("warm-up");
                return String.format(java.util.Locale.ROOT, "%.0f reads/s", answered == null ? 0 : answered.perSecond());
            };
        }));
    }

    /** The warm-ups of {@code runs}, for a figure's conditions: one that ended still compiling says so. */
    private String warmedUp(String... runs) {
        List<String> each = new ArrayList<>();
        for (String run : runs) {
            CompilerTime.WarmUp warmUp = warmUps.get(run);
            each.add(String.format(java.util.Locale.ROOT, "%s %d × %d s%s", run.substring(run.indexOf('-') + 1), warmUp.rounds(),
                    warmUpSeconds(), warmUp.stillCompiling()));
        }
        return "; warm-up rounds, until the compilers on the way used under " + CompilerTime.SETTLED + " core in one: "
                + String.join(", ", each);
    }

    private int warmUpSeconds() {
        return size.full() ? 10 : 1;
    }

    private int warmUpRounds() {
        return size.full() ? 18 : 1;
    }

    /** One Gatling run of {@code simulation} as {@code name}, following {@code plan}, every read answered 200. */
    private void gatling(Class<?> simulation, String name, ReadLoad.Plan plan) {
        ReadLoad.plan = plan;
        ReadLoad.MEASURED.clear();
        ReadLoad.FAILED.reset();
        Path results = results(name);
        List<String> arguments = new ArrayList<>(List.of("--simulation", simulation.getName(),
                "--results-folder", results.toString(), "--run-description", name + ": " + plan.baseUrl() + plan.path()));
        if (simulation == ReadLoad.WarmUp.class) {
            // no HTML report of a warm-up round: up to 72 of them a run, each written on the round's clock
            arguments.add("--no-reports");
        }
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(arguments.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("Gatling's " + name + " run ended with status " + status + ": its report is in " + results);
        }
        if (ReadLoad.FAILED.sum() > 0) {
            throw new IllegalStateException(ReadLoad.FAILED.sum() + " reads of Gatling's " + name + " run failed: its report is in " + results);
        }
    }

    private Path results(String name) {
        return settings.data().resolve("gatling").resolve(name);
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
