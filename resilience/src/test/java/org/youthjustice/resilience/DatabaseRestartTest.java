package org.youthjustice.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.youthjustice.e2e.EndToEnd;
import org.youthjustice.e2e.RunningPlatform;

/** R5: PostgreSQL killed and started again under load. */
@EndToEnd
@Order(1_073_741_883)
class DatabaseRestartTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("R5 PostgreSQL restarted under load: readiness goes down and up, requests meanwhile get a 503 problem at once, no accepted request is lost")
    void theDatabaseRestartsUnderLoad(RunningPlatform platform) {
        Duration outage = Duration.ofSeconds(Soak.scaled(15, 60));
        String orderService = platform.services().get("order-service");
        String token = platform.token("wokingham-team-manager");
        AtomicReference<String> report = new AtomicReference<>();
        Map<Integer, Integer> answersDuringOutage = new TreeMap<>();
        List<String> notProblems = new ArrayList<>();

        CourtOutcomeLoad load = new CourtOutcomeLoad(platform);
        load.send(Soak.scaled(400, 6_000), 20, Duration.ofMinutes(Soak.scaled(4, 20)), () -> {
            await().atMost(Duration.ofMinutes(2)).until(() -> load.accepted().size() >= 100);
            platform.kill("postgres");
            long killedAt = System.nanoTime();
            // readiness reflects what a replica can do: without its database, nothing
            await().atMost(Duration.ofSeconds(30)).until(() -> status(orderService + "/q/health/ready", null) == 503);
            // a request meanwhile is answered at once with a problem, not left hanging
            while (System.nanoTime() - killedAt < outage.toNanos()) {
                HttpResponse<String> answer = get(platform.gateway() + "/api/orders/cases?name=Child", token);
                answersDuringOutage.merge(answer.statusCode(), 1, Integer::sum);
                if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    notProblems.add(answer.statusCode() + " " + answer.body());
                }
                pause();
            }
            platform.startAgain("postgres");
            long down = System.nanoTime() - killedAt;
            await().atMost(Duration.ofMinutes(2)).until(() -> status(orderService + "/q/health/ready", null) == 200);
            double readyAfter = (System.nanoTime() - killedAt - down) / 1e9;
            // Keycloak keeps its data in the same PostgreSQL: it is back when it issues tokens again (its pool drops the
            // connections the restart broke, answering 500 meanwhile)
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> platform.login("wokingham-team-manager") != null);
            report.set(String.format("PostgreSQL down %.1f s; readiness back %.1f s after its restart, Keycloak issuing tokens"
                    + " again %.1f s after it", down / 1e9, readyAfter, (System.nanoTime() - killedAt - down) / 1e9));
        });
        List<UUID> accepted = load.accepted();

        AtomicReference<Effects> effects = new AtomicReference<>();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                effects.set(Effects.of(platform, accepted));
                return effects.get().completeAndOnce(accepted.size());
            });
        } catch (org.awaitility.core.ConditionTimeoutException lost) {
            throw new AssertionError("R5: accepted court outcomes missing after the restart: " + accepted.size() + " accepted, "
                    + effects.get(), lost);
        }
        System.out.printf("%nR5 PostgreSQL restarted: %s; answers during the outage %s (each within 15 s); %d outcomes sent,"
                + " %d accepted, %d refused with 503/429 and sent again, %d failed; every accepted one stored and passed on%n",
                report.get(), answersDuringOutage, load.sent(), accepted.size(), load.refusedThenRetried(), load.failed());
        assertThat(report.get()).isNotNull();
        assertThat(answersDuringOutage.keySet()).as("answers while the database was away").containsOnly(503);
        assertThat(notProblems).isEmpty();
        assertThat(load.failures()).as("outcomes the platform failed to answer").isEmpty();
    }

    private HttpResponse<String> get(String url, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer within 15 s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int status(String url, String token) {
        try {
            return get(url, token).statusCode();
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250); // the pace of the probing requests
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
