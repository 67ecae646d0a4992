package org.youthjustice.gateway;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The gateway's one {@link RateLimiter}, with the configured limits and the monotonic clock. A schedule
 * forgets the clients gone idle; the gauge {@code yj.gateway.rate.limiter.buckets} counts those tracked.
 */
@Startup
@ApplicationScoped
public class RateLimits {
    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry meters;

    private RateLimiter limiter;

    @PostConstruct
    void start() {
        GatewayConfig.Limits limits = config.limits();
        limiter = new RateLimiter(limits.requestsPerSecond(), limits.burst(), limits.maxClients());
        Gauge.builder("yj.gateway.rate.limiter.buckets", limiter, RateLimiter::size)
                .description("clients whose request rate the gateway tracks: those active within the last refill period")
                .register(meters);
    }

    /** 0 when the client's request may go ahead; otherwise the whole seconds it should wait. */
    long acquire(String client) {
        return limiter.acquire(client, System.nanoTime());
    }

    @Scheduled(identity = "rate-limiter-sweep", every = "${yj.gateway.limits.idle-client-sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        limiter.sweep(System.nanoTime());
        int maxClients = config.limits().maxClients();
        if (limiter.size() >= maxClients) {
            LOG.warnf("the rate limiter tracks %d clients, its cap, all active: new clients are answered 429 "
                    + "(yj.gateway.limits.max-clients)", maxClients);
        }
    }
}
