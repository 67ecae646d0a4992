package org.youthjustice.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where each service is, and the gateway's limits. */
@ConfigMapping(prefix = "yj.gateway")
public interface GatewayConfig {

    /** The services by name ({@code orders}, {@code allocations}, …): the path prefix each owns and its URL. */
    Map<String, Service> services();

    Limits limits();

    /**
     * The practitioners' web console (e.g. {@code http://127.0.0.1:8086}), which answers every path outside /api and
     * /q: its pages sign users in themselves (Keycloak's authorisation code flow) and call the API back through the
     * gateway with the user's token.
     */
    URI console();

    interface Service {
        /** e.g. {@code /api/orders}: every path under it goes to this service, unchanged. */
        String prefix();

        /** e.g. {@code http://127.0.0.1:8081}. */
        URI url();
    }

    interface Limits {
        /** A larger request body is refused with 413, before or while it streams. */
        @WithDefault("10M")
        MemorySize maxBodySize();

        /** A service silent for longer than this answers 504. */
        @WithDefault("30s")
        Duration upstreamTimeout();

        /** A service that does not accept a connection within this answers 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Sustained requests per second allowed to one client (token subject). */
        @WithDefault("20")
        double requestsPerSecond();

        /** Requests one client may make at once above the sustained rate. */
        @WithDefault("60")
        int burst();

        /**
         * The most clients whose rate is tracked at once: a safety net far above those active within one refill
         * period ({@code burst / requests-per-second}), the only ones kept. A new client past it is answered 429.
         */
        @WithDefault("100000")
        int maxClients();

        /** How often the clients idle long enough for their buckets to be full again are forgotten. */
        @WithDefault("1m")
        Duration idleClientSweep();
    }
}
