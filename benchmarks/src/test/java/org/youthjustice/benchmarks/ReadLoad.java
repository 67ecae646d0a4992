package org.youthjustice.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Gatling's simulation for P1 and P2: one authenticated read, first as a warm-up, then paced (an open model at a
 * steady rate, well below saturation: the latency of one request with nothing queued before it), then saturated
 * (a closed model: {@code users} clients each sending its next read as soon as the last one answered: the most the
 * platform serves on this machine, and the latency at that load). The phases run one after the other and are told
 * apart by the request's name. Gatling builds the simulation by reflection, so the plan comes in through {@link #plan};
 * each answered read's response time (as Gatling measured it: whole milliseconds) goes into its phase's {@link Measured},
 * read by the caller after the run (Gatling's HTML report stays beside the run for people; it has no stable format to read).
 */
public class ReadLoad extends Simulation {

    /** What to read, as whom, and how long each phase lasts. */
    record Plan(String baseUrl, String path, String token, int users, int warmUpSeconds, int pacedPerSecond, int pacedSeconds,
            int saturatedSeconds) {
    }

    /** One phase's answered reads: their response times (ms) and when the first and the last of them ended. */
    record Measured(Histogram millis, LongAccumulator first, LongAccumulator last) {
        Measured() {
            this(new ConcurrentHistogram(3), new LongAccumulator(Math::min, Long.MAX_VALUE), new LongAccumulator(Math::max, Long.MIN_VALUE));
        }

        /** Answered reads per second over the span from the first answer to the last. */
        double perSecond() {
            return millis.getTotalCount() / Math.max((last.get() - first.get()) / 1e9, 1e-3);
        }
    }

    static volatile Plan plan;
    static final Map<String, Measured> MEASURED = new ConcurrentHashMap<>();
    /** Reads not answered 200, in any phase: a run with any is no figure. */
    static final java.util.concurrent.atomic.LongAdder FAILED = new java.util.concurrent.atomic.LongAdder();

    public ReadLoad() {
        Plan p = plan;
        setUp(scenario("warm-up").during(Duration.ofSeconds(p.warmUpSeconds())).on(read("warm-up", p)).injectOpen(atOnceUsers(p.users()))
                .andThen(scenario("paced").exec(read("paced", p)).injectOpen(constantUsersPerSec(p.pacedPerSecond())
                        .during(Duration.ofSeconds(p.pacedSeconds())))
                        .andThen(scenario("saturated").during(Duration.ofSeconds(p.saturatedSeconds())).on(read("saturated", p))
                                .injectOpen(atOnceUsers(p.users())))))
                .protocols(protocol(p));
    }

    /**
     * The warm-up phase alone, as one round of warming up before a {@link ReadLoad}: {@code users} clients reading back
     * to back for the plan's warm-up seconds. The caller repeats it until the applications' compilers are done with the
     * read, which on a slow machine takes minutes after a start.
     */
    public static class WarmUp extends Simulation {
        public WarmUp() {
            Plan p = plan;
            // exitASAP off: a read still waiting when the time is up is answered and counted, not dropped
            setUp(scenario("warm-up").during(Duration.ofSeconds(p.warmUpSeconds()), false).on(read("warm-up", p))
                    .injectOpen(atOnceUsers(p.users()))).protocols(protocol(p));
        }
    }

    /** One pool of kept-alive connections, as a partner system's HTTP client has. */
    private static HttpProtocolBuilder protocol(Plan p) {
        return http.baseUrl(p.baseUrl()).acceptHeader("application/json").authorizationHeader("Bearer " + p.token())
                .shareConnections();
    }

    private static ChainBuilder read(String phase, Plan p) {
        return CoreDsl.exec(http(phase).get(p.path()).check(status().is(200), responseTimeInMillis().saveAs("millis")))
                .exec(session -> {
                    if (session.isFailed()) {
                        FAILED.increment();
                        return session.markAsSucceeded(); // counted; the next read of the loop starts clean
                    } else {
                        long now = System.nanoTime();
                        Measured measured = MEASURED.computeIfAbsent(phase, k -> new Measured());
                        measured.millis().recordValue(session.getInt("millis"));
                        measured.first().accumulate(now);
                        measured.last().accumulate(now);
                    }
                    return session;
                });
    }
}
