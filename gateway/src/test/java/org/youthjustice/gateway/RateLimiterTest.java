package org.youthjustice.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rate limiter on a clock the test moves: 10 requests a second, bursts of 5, so an emptied bucket is full in 0.5 s. */
class RateLimiterTest {
    private static final long MS = 1_000_000;
    private static final long START = 123_456_789_000L;

    @Test
    void clientsIdleUntilTheirBucketsAreFullAgainAreForgotten() {
        RateLimiter limiter = new RateLimiter(10, 5, 100_000);
        for (int client = 0; client < 1_000; client++) {
            for (int request = 0; request < 5; request++) {
                assertThat(limiter.acquire("client-" + client, START)).isZero();
            }
        }
        assertThat(limiter.size()).isEqualTo(1_000);

        assertThat(limiter.sweep(START + 499 * MS)).isZero();
        assertThat(limiter.size()).isEqualTo(1_000);

        assertThat(limiter.sweep(START + 500 * MS)).isEqualTo(1_000);
        assertThat(limiter.size()).isZero();
    }

    @Test
    void aPartlyDrainedBucketIsKeptAndStillCounts() {
        RateLimiter limiter = new RateLimiter(10, 5, 100_000);
        limiter.acquire("idle", START);
        for (int request = 0; request < 5; request++) {
            limiter.acquire("busy", START + 1_000 * MS);
        }

        assertThat(limiter.sweep(START + 1_100 * MS)).isEqualTo(1);

        assertThat(limiter.size()).isEqualTo(1);
        // 0.1 s refilled one token: one request goes ahead, the next waits
        assertThat(limiter.acquire("busy", START + 1_100 * MS)).isZero();
        assertThat(limiter.acquire("busy", START + 1_100 * MS)).isEqualTo(1);
    }

    @Test
    void sweepingChangesNoDecision() {
        RateLimiter swept = new RateLimiter(10, 5, 100_000);
        RateLimiter kept = new RateLimiter(10, 5, 100_000);
        Random random = new Random(11);
        long now = START;
        List<Long> sweptAnswers = new ArrayList<>();
        List<Long> keptAnswers = new ArrayList<>();
        int forgotten = 0;

        for (int step = 0; step < 20_000; step++) {
            // mostly a busy stream, now and then a pause; a few clients busy, many seldom seen
            now += (random.nextInt(20) == 0 ? random.nextInt(1_000) : random.nextInt(20)) * MS;
            String client = "client-" + (int) Math.abs(random.nextGaussian() * 6);
            sweptAnswers.add(swept.acquire(client, now));
            keptAnswers.add(kept.acquire(client, now));
            if (step % 7 == 0) {
                forgotten += swept.sweep(now);
            }
        }

        assertThat(sweptAnswers).isEqualTo(keptAnswers).contains(0L, 1L);
        assertThat(forgotten).isGreaterThan(1_000);
        assertThat(swept.size()).isLessThan(kept.size());
    }

    @Test
    void aNewClientPastTheCapIsRefusedUntilAnIdleOneIsForgotten() {
        RateLimiter limiter = new RateLimiter(10, 5, 3);
        for (String client : List.of("a", "b", "c")) {
            for (int request = 0; request < 5; request++) {
                limiter.acquire(client, START);
            }
        }

        // no bucket is full again yet: no room for d; the known clients are served as ever
        assertThat(limiter.acquire("d", START + 100 * MS)).isEqualTo(1);
        assertThat(limiter.acquire("a", START + 200 * MS)).isZero();
        assertThat(limiter.acquire("a", START + 200 * MS)).isZero();

        // b's and c's buckets are full again, but the table was swept less than a refill period ago
        assertThat(limiter.acquire("d", START + 550 * MS)).isEqualTo(1);
        assertThat(limiter.size()).isEqualTo(3);

        // swept again: b and c go, a (4 tokens back of 5) stays as it is
        assertThat(limiter.acquire("d", START + 600 * MS)).isZero();
        assertThat(limiter.size()).isEqualTo(2);
        List<Long> answersToA = new ArrayList<>();
        for (int request = 0; request < 5; request++) {
            answersToA.add(limiter.acquire("a", START + 600 * MS));
        }
        assertThat(answersToA).containsExactly(0L, 0L, 0L, 0L, 1L);
    }
}
