package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;

/** R1: while the Kafka broker is killed and started again under a steady load, no accepted court outcome is lost. */
@EndToEnd
@Order(1_073_741_873)
class NoEventLostTest {

    @Test
    @DisplayName("R1 no event lost: Kafka killed and restarted mid-load; every accepted court outcome becomes a case, an allocation request and a supervised order")
    void everyAcceptedOutcomeReachesEveryServiceAcrossABrokerCrash(RunningPlatform platform) {
        // 30 s of load, the broker killed 10 s in and down for 15 s: started again before the load ends
        int count = Soak.scaled(600, 20_000);
        double perSecond = Soak.scaled(20, 40);
        Duration outage = Duration.ofSeconds(Soak.scaled(15, 90));
        AtomicReference<String> faultReport = new AtomicReference<>("no fault injected");

        CourtOutcomeLoad load = new CourtOutcomeLoad(platform);
        long begun = System.nanoTime();
        load.send(count, perSecond, Duration.ofSeconds((long) (count / perSecond * 3)), () -> {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> load.accepted().size() >= count / 3);
            platform.kill("kafka");
            long killedAt = System.nanoTime();
            int acceptedWhenKilled = load.accepted().size();
            try {
                TimeUnit.MILLISECONDS.sleep(outage.toMillis()); // the length of the outage, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int acceptedWhileDown = load.accepted().size() - acceptedWhenKilled;
            platform.startAgain("kafka");
            faultReport.set(String.format("Kafka killed after %d accepted, down %.1f s, %d outcomes accepted meanwhile",
                    acceptedWhenKilled, (System.nanoTime() - killedAt) / 1e9, acceptedWhileDown));
        });
        List<UUID> accepted = load.accepted();
        double loadSeconds = (System.nanoTime() - begun) / 1e9;

        AtomicReference<Effects> effects = new AtomicReference<>();
        long drainBegun = System.nanoTime();
        try {
            await().atMost(Duration.ofMinutes(Soak.scaled(5, 20))).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        effects.set(Effects.of(platform, accepted));
                        return effects.get().completeAndOnce(accepted.size());
                    });
        } finally {
            Effects seen = effects.get() == null ? Effects.of(platform, accepted) : effects.get();
            System.out.printf("%nR1 no event lost: %d outcomes sent in %.0f s (%d answered 429/503 and sent again, %d failed); %s;%n"
                    + "   %d accepted -> %d cases, %d with an allocation request (%d requests), %d with a supervised order (%d orders);"
                    + " all in %.0f s after the load; lost: %d%n",
                    load.sent(), loadSeconds, load.refusedThenRetried(), load.failed(), faultReport.get(), accepted.size(),
                    seen.cases(), seen.casesWithAllocationRequest(), seen.allocationRequests(), seen.casesWithSupervisedOrder(),
                    seen.supervisedOrders(), (System.nanoTime() - drainBegun) / 1e9,
                    accepted.size() - Math.min(seen.cases(), Math.min(seen.casesWithAllocationRequest(), seen.casesWithSupervisedOrder())));
        }
        assertThat(load.failures()).as("outcomes the platform failed to answer").isEmpty();
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(count * 9 / 10);
        assertThat(faultReport.get()).startsWith("Kafka killed");
    }
}
