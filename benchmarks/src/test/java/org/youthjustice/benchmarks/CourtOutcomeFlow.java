package org.youthjustice.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;
import org.youthjustice.testing.Keycloak;

/**
 * P3: a court outcome's way through the platform at a steady rate. A court records a sentence (a girl's youth
 * rehabilitation order) in order-service; its {@code order.made} event reaches allocation-service, where the allocation
 * request becomes visible (segment A); the team manager decides at once, and {@code case.allocated} reaches
 * order-service, where the case shows its case manager (segment B). A and B are the platform's own time, from the
 * answer to the command to the moment the effect is committed in the other service's database; the manager's thinking
 * time between them is not the platform's. Visibility is read straight from the two databases by one poller every
 * 5 ms, so that polling costs the services nothing. Commands go to the services directly, with the users' real tokens:
 * the figure is the event flow's, not the gateway's (P1 measures that), and the gateway's per-client rate limit would
 * otherwise pace the load.
 */
final class CourtOutcomeFlow {
    private static final String TEAM = "community-orders-unit";
    private static final long POLL_MILLIS = 5;
    /**
     * A rate the platform kept up with on 2 cores on 2026-11-30 (0.8 cores busy): the hops' own latency, no backlog (the
     * target's 20/s saturates). A slower machine saturates at this rate too, which the figures' conditions then say.
     */
    private static final int PACED_PER_SECOND = 5;
    private static final String POLL_ONLY = "relay on its 1 s poll only";

    private final LocalPlatform platform;
    private final Settings settings;
    private final Size size;
    private final Http http = new Http();
    private final Keycloak keycloak;
    private final List<UUID> workers = new ArrayList<>();
    private final AtomicInteger nextWorker = new AtomicInteger();

    private final Map<UUID, Long> awaitingRequest = new ConcurrentHashMap<>();
    private final Map<UUID, Long> awaitingAllocation = new ConcurrentHashMap<>();
    /** The latencies of one measured run, in microseconds. */
    private record Latencies(Histogram requestVisible, Histogram caseAllocated, Histogram bothHops) {
        Latencies() {
            this(new ConcurrentHistogram(3), new ConcurrentHistogram(3), new ConcurrentHistogram(3));
        }
    }

    /**
     * One measured run: its latencies, and the machine's processor time while it ran (every process: the platform, the
     * load and the poller), which says whether the machine could keep up at all; the flows not complete when the run
     * gave up waiting (a machine that cannot keep up with the rate builds a queue it does not work off in time).
     */
    private record Run(Latencies latencies, double coresBusy, double cpuMillisPerFlow, int flows, int incomplete,
            CompilerTime.WarmUp warmUp) {
        /**
         * What the figures of this run are, said in their conditions when the machine could not keep up: flows left
         * incomplete, or every core busy (all complete, but queued: the latencies measure the queue, not the hops).
         */
        String saturation() {
            int cores = Runtime.getRuntime().availableProcessors();
            if (incomplete > 0) {
                return "; SATURATED: " + incomplete + " of " + flows
                        + " flows not complete when the run stopped waiting, the figures are of those that were";
            }
            return coresBusy >= 0.95 * cores ? String.format(java.util.Locale.ROOT,
                    "; SATURATED: the %d cores were busy %.1f of %d, the latencies are a queue's", cores, coresBusy, cores) : "";
        }
    }

    /**
     * A warm-up or a measured run: its flows still to complete, and the latencies it records (none for a warm-up) while
     * it is the phase under way, and its flows that failed while it was. A flow a run gave up waiting for may complete
     * during the next one: it counts down the phase it was sent in, and records nothing once that phase is over; nor
     * does its failure count, such as a request cut short when the run that gave up stopped its senders.
     */
    private record Phase(CountDownLatch remaining, Latencies recorded, AtomicBoolean underWay, AtomicInteger failures) {
        Phase(int flows, Latencies recorded) {
            this(new CountDownLatch(flows), recorded, new AtomicBoolean(true), new AtomicInteger());
        }

        void record(Function<Latencies, Histogram> hop, long micros) {
            if (recorded != null && underWay.get()) {
                hop.apply(recorded).recordValue(micros);
            }
        }
    }

    private final Map<UUID, Long> firstHop = new ConcurrentHashMap<>();
    private final Map<UUID, Phase> phaseOf = new ConcurrentHashMap<>();
    private volatile String courtToken;
    private volatile String managerToken;

    CourtOutcomeFlow(LocalPlatform platform, Settings settings, Size size) {
        this.platform = platform;
        this.settings = settings;
        this.size = size;
        this.keycloak = new Keycloak(settings.keycloakUrl());
    }

    /**
     * The flows with the relay woken on commit (as the platform runs) and, as the baseline, the same flows with
     * order-service and allocation-service restarted to relay on their poll only (every hop waits for a poll, as
     * before the wake-up existed), then restarted as the platform runs them.
     */
    List<Figure> measure() throws Exception {
        signIn();
        for (int i = 0; i < 8; i++) {
            UUID id = UUID.randomUUID();
            http.expect(201, "PUT", service("allocation-service") + "/api/allocations/workers/" + id, managerToken, Map.of(
                    "name", "Bench Worker " + i, "team", TEAM, "grade", "band-b", "genderIdentity", "female",
                    "contractedHours", 37));
            workers.add(id);
        }
        // the baseline first: the flows as the platform runs come last, so that the services' memory measured after
        // P3 (P6) is that of services which have just run them, not of two just restarted. Not in the smoke run: its
        // four restarts took two of the build's minutes, and P6 proves the harness's restarts on the gateway
        Run pollOnlyPaced = null;
        Run pollOnly = null;
        if (size.full()) {
            restartRelays(List.of("-Dyj.outbox.wake-on-commit=false"));
            try {
                pollOnlyPaced = flows(PACED_PER_SECOND);
                pollOnly = flows(size.outcomesPerSecond());
            } finally {
                restartRelays(List.of());
            }
        }
        Run wokenPaced = flows(PACED_PER_SECOND);
        Run woken = flows(size.outcomesPerSecond());
        String note = size.outcomesPerSecond() + " outcomes/s for " + size.flowSeconds() + " s ("
                + woken.flows() + " flows), " + warmedUp(woken, pollOnly) + saturation(woken, pollOnly);
        String pacedNote = PACED_PER_SECOND + " outcomes/s for " + size.flowSeconds() + " s ("
                + wokenPaced.flows() + " flows), " + warmedUp(wokenPaced, pollOnlyPaced) + saturation(wokenPaced, pollOnlyPaced);
        return List.of(
                latency("P3", "both hops at " + PACED_PER_SECOND + " outcomes/s, p50", wokenPaced, pollOnlyPaced, Latencies::bothHops, 50, pacedNote),
                latency("P3", "both hops at " + PACED_PER_SECOND + " outcomes/s, p99", wokenPaced, pollOnlyPaced, Latencies::bothHops, 99, pacedNote),
                latency("P3a", "court outcome → allocation request visible in allocation-service, p50", woken, pollOnly, Latencies::requestVisible, 50, note),
                latency("P3a", "court outcome → allocation request visible in allocation-service, p99", woken, pollOnly, Latencies::requestVisible, 99, note),
                latency("P3b", "allocation decision → case allocated in order-service, p50", woken, pollOnly, Latencies::caseAllocated, 50, note),
                latency("P3b", "allocation decision → case allocated in order-service, p99", woken, pollOnly, Latencies::caseAllocated, 99, note),
                latency("P3", "both hops (the platform's time from court outcome to case allocated), p50", woken, pollOnly, Latencies::bothHops, 50, note),
                latency("P3", "both hops (the platform's time from court outcome to case allocated), p99", woken, pollOnly, Latencies::bothHops, 99, note),
                cpu("at " + PACED_PER_SECOND + " outcomes/s", wokenPaced, pollOnlyPaced, pacedNote),
                cpu("at " + size.outcomesPerSecond() + " outcomes/s", woken, pollOnly, note),
                new Figure("P3", "processor time per flow, every process of the machine", woken.cpuMillisPerFlow(), "ms",
                        pollOnly == null ? null : pollOnly.cpuMillisPerFlow(), pollOnly == null ? null : POLL_ONLY, "",
                        "at " + size.outcomesPerSecond() + " outcomes/s: the court outcome, the decision, their events through"
                                + " every consumer, the load generator and the poller; " + Runtime.getRuntime().availableProcessors()
                                + " cores give " + Runtime.getRuntime().availableProcessors() * 1000 + " ms per second"));
    }

    /** The warm-ups of a pair of runs, for their figures' conditions. */
    private String warmedUp(Run woken, Run pollOnly) {
        return "after warm-up rounds of " + size.warmUpFlows() + " flows at the rate, until the compilers of the services on "
                + "the way used under " + CompilerTime.SETTLED + " core in one: " + woken.warmUp().rounds() + " rounds"
                + woken.warmUp().stillCompiling() + (pollOnly == null ? ""
                        : "; " + POLL_ONLY + ": " + pollOnly.warmUp().rounds() + " rounds" + pollOnly.warmUp().stillCompiling());
    }

    /** Whether either run of a pair could not keep up, said once for the pair. */
    private static String saturation(Run woken, Run pollOnly) {
        return woken.saturation() + (pollOnly == null ? ""
                : pollOnly.saturation().replace("SATURATED:", "SATURATED (" + POLL_ONLY + "):"));
    }

    /** How many of the machine's cores were busy while the flows ran (/proc/stat: everything but idle and I/O wait). */
    private static Figure cpu(String rate, Run woken, Run pollOnly, String note) {
        return new Figure("P3", "cores busy while the flows ran " + rate, woken.coresBusy(), "cores",
                pollOnly == null ? null : pollOnly.coresBusy(), pollOnly == null ? null : POLL_ONLY, "",
                note + "; of " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private void restartRelays(List<String> options) {
        for (String service : List.of("order-service", "allocation-service")) {
            platform.optionsFor(service, options);
            platform.kill(service);
            platform.startAgain(service);
        }
    }

    /** Fresh tokens: the realm's live five minutes, and the two runs with their restarts take longer. */
    private void signIn() {
        courtToken = keycloak.passwordToken("wokingham-court-officer", LocalPlatform.DEMO_PASSWORD);
        managerToken = keycloak.passwordToken("wokingham-team-manager", LocalPlatform.DEMO_PASSWORD);
    }

    /**
     * Warm-up rounds, then the measured flows at {@code perSecond}; their latencies. The rounds go on until the services'
     * compilers are done with the flow's code ({@link CompilerTime#warmUp}), as P1's and P4's do: after the restarts that
     * switch the relay's wake-up off and on again, one round of 40 flows left the flows measured beside the compilers. They
     * take long to be done: on a slow day (2026-12-02), a local platform that had applied some 400 court outcomes' events
     * since it started was still compiling for the next 100, transfer-service's compilers using 0.64 s of processor time
     * where applying the events themselves used 0.45 s.
     */
    private Run flows(int perSecond) throws Exception {
        Latencies measured = new Latencies();
        try (Connection allocations = database("allocation_service"); Connection orders = database("order_service")) {
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
            ExecutorService actors = Executors.newFixedThreadPool(32);
            poller.scheduleWithFixedDelay(() -> poll(allocations, orders, actors), 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
            try {
                // fresh tokens for each round and for the measured flows: the realm's live five minutes, less than ten
                // rounds of a saturated machine and the flows after them
                CompilerTime.WarmUp warmUp = CompilerTime.warmUp(platform, CompilerTime.EVENT_FLOW, size.full() ? 10 : 1,
                        "P3 at " + perSecond + "/s", round -> {
                            signIn();
                            return () -> {
                                Phase phase = run(actors, size.warmUpFlows(), perSecond, null);
                                if (phase.failures().get() > 0) {
                                    throw new IllegalStateException(phase.failures().get() + " of " + size.warmUpFlows()
                                            + " warm-up flows failed");
                                }
                                return size.warmUpFlows() - phase.remaining().getCount() + " of " + size.warmUpFlows() + " flows done";
                            };
                        });
                signIn();
                MachineCpu before = MachineCpu.now();
                long started = System.nanoTime();
                int flows = perSecond * size.flowSeconds();
                Phase run = run(actors, flows, perSecond, measured);
                long incomplete = run.remaining().getCount();
                double seconds = (System.nanoTime() - started) / 1e9;
                MachineCpu used = MachineCpu.now().minus(before);
                if (run.failures().get() > 0) {
                    throw new IllegalStateException(run.failures().get() + " of " + flows + " flows failed");
                }
                return new Run(measured, used.busySeconds() / seconds, used.busySeconds() * 1000 / flows, flows, (int) incomplete,
                        warmUp);
            } finally {
                poller.shutdownNow();
                actors.shutdownNow();
            }
        }
    }

    /** The figure of the relay woken on commit, against the poll-only baseline's where it was measured (else null). */
    private static Figure latency(String id, String name, Run woken, Run pollOnly, Function<Latencies, Histogram> hop,
            double percentile, String note) {
        return new Figure(id, name, hop.apply(woken.latencies()).getValueAtPercentile(percentile) / 1000.0, "ms",
                pollOnly == null ? null : hop.apply(pollOnly.latencies()).getValueAtPercentile(percentile) / 1000.0,
                pollOnly == null ? null : POLL_ONLY,
                percentile == 99 && id.equals("P3") && name.startsWith("both hops (") ? "≤ 300 ms" : "", note);
    }

    /**
     * Sends {@code count} outcomes at {@code perSecond} and returns once every one is allocated (or failed), or two
     * minutes after the last was due to be sent: the phase, with how many were not complete then and how many failed.
     */
    private Phase run(ExecutorService actors, int count, int perSecond, Latencies recorded) throws InterruptedException {
        Phase phase = new Phase(count, recorded);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        pace.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() < count) {
                actors.submit(() -> sendOutcome(phase));
            }
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        try {
            phase.remaining().await(count / perSecond + 120, TimeUnit.SECONDS);
            return phase;
        } finally {
            phase.underWay().set(false);
            pace.shutdownNow();
        }
    }

    private void sendOutcome(Phase phase) {
        try {
            Http.Answer answer = http.expect(201, "POST", service("order-service") + "/api/orders/court-outcomes", courtToken,
                    sentence("BENCH-" + UUID.randomUUID().toString().substring(0, 8)));
            UUID caseId = UUID.fromString(answer.body().path("caseId").asText());
            phaseOf.put(caseId, phase);
            awaitingRequest.put(caseId, System.nanoTime());
        } catch (RuntimeException e) {
            fail(e, phase);
        }
    }

    /** A girl of 15 sentenced today to a youth rehabilitation order with supervision, under this reference. */
    static Map<String, Object> sentence(String reference) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London")); // the local platform runs on the real clock
        return Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", reference, "hearingDate", today.toString(), "outcome", "sentenced",
                "child", Map.of("givenName", "Bench", "familyName", "Flow-" + reference,
                        "dateOfBirth", today.minusYears(15).toString(), "genderIdentity", "female",
                        "lookedAfter", false, "locality", "west"),
                "offences", List.of(Map.of("description", "theft", "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
    }

    private void decide(UUID caseId, UUID requestId) {
        try {
            http.expect(201, "POST", service("allocation-service") + "/api/allocations/allocation-requests/" + requestId + "/decision",
                    managerToken, Map.of("workerId", workers.get(Math.floorMod(nextWorker.getAndIncrement(), workers.size())).toString(),
                            "rationale", "Benchmark run: allocated at once to measure the platform's own time."));
            awaitingAllocation.put(caseId, System.nanoTime());
        } catch (RuntimeException e) {
            fail(e, phaseOf.remove(caseId));
        }
    }

    private void fail(RuntimeException e, Phase phase) {
        if (phase == null || !phase.underWay().get()) {
            return; // the run it belonged to is over: it was counted as not complete
        }
        phase.failures().incrementAndGet();
        System.err.println("benchmark flow failed: " + e);
        phase.remaining().countDown();
    }

    private void poll(Connection allocations, Connection orders, ExecutorService actors) {
        try {
            if (!awaitingRequest.isEmpty()) {
                for (Map.Entry<UUID, UUID> found : visible(allocations,
                        "select case_id, id from allocation_request where case_id = any(?)", awaitingRequest.keySet()).entrySet()) {
                    long now = System.nanoTime();
                    long sent = awaitingRequest.remove(found.getKey());
                    Phase phase = phaseOf.get(found.getKey());
                    if (phase != null) {
                        phase.record(Latencies::requestVisible, (now - sent) / 1000);
                    }
                    firstHop.put(found.getKey(), now - sent);
                    actors.submit(() -> decide(found.getKey(), found.getValue()));
                }
            }
            if (!awaitingAllocation.isEmpty()) {
                for (UUID caseId : visible(orders, "select case_id, case_id from case_allocation where case_id = any(?)",
                        awaitingAllocation.keySet()).keySet()) {
                    long now = System.nanoTime();
                    long decided = awaitingAllocation.remove(caseId);
                    long first = firstHop.remove(caseId);
                    Phase phase = phaseOf.remove(caseId);
                    if (phase != null) {
                        phase.record(Latencies::caseAllocated, (now - decided) / 1000);
                        phase.record(Latencies::bothHops, (first + now - decided) / 1000);
                        phase.remaining().countDown();
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("benchmark poller: " + e);
        }
    }

    private static Map<UUID, UUID> visible(Connection db, String query, java.util.Set<UUID> cases) throws SQLException {
        Map<UUID, UUID> found = new java.util.HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(query)) {
            Array ids = db.createArrayOf("uuid", cases.toArray());
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                }
            }
        }
        return found;
    }

    private String service(String module) {
        return Http.serviceUrl(settings, module);
    }

    private Connection database(String name) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(name), LocalPlatform.DB_USERNAME, LocalPlatform.DB_PASSWORD);
    }
}
