package org.youthjustice.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. Answers
 * how long to wait when a request is refused, for {@code Retry-After}.
 *
 * <p>Only the buckets that are not full are worth keeping: one left alone long enough to fill again is
 * just what a new client gets, so {@link #sweep} drops those and no answer changes. What stays are the
 * clients active within the last refill period ({@code burst / perSecond}), and a cap bounds even that.
 * Time is the caller's monotonic {@code nanoTime}, the same for taking and sweeping.
 */
final class RateLimiter {
    private static final long NEVER = Long.MIN_VALUE;

    private final double perSecond;
    private final int burst;
    private final int maxClients;
    /** How long an emptied bucket takes to fill again. */
    private final long refillNanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong sweptAt = new AtomicLong(NEVER);

    RateLimiter(double perSecond, int burst, int maxClients) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
        this.refillNanos = (long) Math.ceil(burst / perSecond * 1e9);
    }

    /** 0 when the request may go ahead; otherwise the whole seconds to wait. */
    long acquire(String client, long nowNanos) {
        if (buckets.size() >= maxClients && !buckets.containsKey(client) && !roomAfterSweeping(nowNanos)) {
            // Past the cap a new client is refused, as if over its rate, until idle clients make room. Evicting the
            // longest-idle client instead would hand it a full bucket it has not earned back (every full one is swept
            // already), changing a decision, and finding it would scan the table for each newcomer. The cap is a safety
            // net far above the clients active within one refill period: what reaches it is a flood of identities,
            // better met with 429 than with memory. Requests admitted at the same moment may pass it by a few.
            return Math.max(1, (long) Math.ceil(refillNanos / 1e9));
        }
        // compute: a take and a sweep of the same bucket never interleave
        Bucket after = buckets.compute(client, (c, before) -> take(before == null ? new Bucket(burst, nowNanos, false) : before, nowNanos));
        return after.granted() ? 0 : (long) Math.ceil((1 - after.tokens()) / perSecond);
    }

    /** Drops the buckets that have filled up again by {@code nowNanos}; how many went. */
    int sweep(long nowNanos) {
        sweptAt.set(nowNanos);
        int dropped = 0;
        for (Map.Entry<String, Bucket> entry : buckets.entrySet()) {
            // removed only as it was judged full: a bucket a request has taken from since then stays
            if (tokensAt(entry.getValue(), nowNanos) >= burst && buckets.remove(entry.getKey(), entry.getValue())) {
                dropped++;
            }
        }
        return dropped;
    }

    /** How many clients' buckets are kept. */
    int size() {
        return buckets.size();
    }

    /**
     * At the cap the table is swept at once, but not again within a refill period: every bucket idle at the last
     * sweep has filled by then, and a flood of newcomers must not have each of them pay for a scan.
     */
    private boolean roomAfterSweeping(long now) {
        long last = sweptAt.get();
        if ((last == NEVER || now - last >= refillNanos) && sweptAt.compareAndSet(last, now)) {
            sweep(now);
        }
        return buckets.size() < maxClients;
    }

    private Bucket take(Bucket bucket, long now) {
        double tokens = tokensAt(bucket, now);
        long refilledAt = Math.max(bucket.refilledAt(), now);
        return tokens >= 1 ? new Bucket(tokens - 1, refilledAt, true) : new Bucket(tokens, refilledAt, false);
    }

    private double tokensAt(Bucket bucket, long now) {
        // a nanoTime read just before another request's may be applied just after it: no time has passed for it
        long elapsed = Math.max(0, now - bucket.refilledAt());
        return Math.min(burst, bucket.tokens() + elapsed / 1e9 * perSecond);
    }

    /** A client's bucket as the last request left it, and whether that request went ahead. */
    private record Bucket(double tokens, long refilledAt, boolean granted) {
    }
}
