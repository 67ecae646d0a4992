package org.youthjustice.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. Answers
 * how long to wait when a request is refused, for {@code Retry-After}.
 */
final class RateLimiter {
    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double perSecond, int burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** 0 when the request may go ahead; otherwise the whole seconds to wait. */
    long acquire(String client, long nowNanos) {
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos)).take(nowNanos);
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
