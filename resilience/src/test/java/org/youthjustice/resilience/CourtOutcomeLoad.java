package org.youthjustice.resilience;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.youthjustice.e2e.RunningPlatform;

/**
 * A steady load of court outcomes through the gateway: sentenced children on a youth rehabilitation order with a
 * supervision requirement, each one a new case in order-service, an allocation request in allocation-service and a
 * supervised order in compliance-service. Sent at a fixed rate by the courts of both authorities (court officers and
 * the courts' partner systems, four subjects, so the gateway's per-client rate limit is not what is measured), at most
 * {@code count} outcomes and for at most {@code within}. An outcome the platform answered 201 for is accepted; a 429 or
 * 503 is sent again after the pause the answer asks for, and a 200 to that is accepted too: the outcome was recorded
 * after all (the database went away as it committed, and kept it), and the platform recognised it sent again.
 */
final class CourtOutcomeLoad {
    private static final List<String> COURTS = List.of("wokingham-court-officer", "nottinghamshire-court-officer",
            "client:wokingham-court-system", "client:nottinghamshire-court-system");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningPlatform platform;
    private final FreshTokens tokens;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<UUID> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger refusedThenRetried = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    CourtOutcomeLoad(RunningPlatform platform) {
        this.platform = platform;
        this.tokens = new FreshTokens(platform);
    }

    /**
     * Sends up to {@code count} outcomes at {@code perSecond}, for at most {@code within}, and returns when every
     * outcome sent has its answer. {@code duringLoad} runs beside the load (a fault), and is waited for too.
     */
    CourtOutcomeLoad send(int count, double perSecond, Duration within, Runnable duringLoad) {
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        ExecutorService fault = Executors.newSingleThreadExecutor();
        long deadline = System.nanoTime() + within.toNanos();
        try {
            var faultDone = fault.submit(duringLoad);
            AtomicInteger scheduled = new AtomicInteger();
            var ticking = pace.scheduleAtFixedRate(() -> {
                if (scheduled.get() >= count || System.nanoTime() > deadline) {
                    return;
                }
                int number = scheduled.getAndIncrement();
                senders.submit(() -> submit(number));
            }, 0, (long) (1_000_000 / perSecond), TimeUnit.MICROSECONDS);
            await().atMost(within.plusSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> scheduled.get() >= count || System.nanoTime() > deadline);
            ticking.cancel(false);
            senders.shutdown();
            if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
                // the fault's own failure, if it failed, is why: say it rather than only that the load stalled
                if (faultDone.isDone()) {
                    faultDone.get();
                }
                throw new IllegalStateException("outcomes still unanswered two minutes after the load ended");
            }
            faultDone.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the load did not complete: " + e, e);
        } finally {
            pace.shutdownNow();
            senders.shutdownNow();
            fault.shutdownNow();
        }
        return this;
    }

    CourtOutcomeLoad send(int count, double perSecond, Duration within) {
        return send(count, perSecond, within, () -> { });
    }

    private void submit(int number) {
        sent.incrementAndGet();
        String subject = COURTS.get(number % COURTS.size());
        String body = body(number);
        try {
            AtomicReference<HttpResponse<String>> response = new AtomicReference<>(post(subject, body));
            boolean sentAgain = refusedForNow(response.get());
            if (sentAgain) {
                // sent again until the platform takes it, at the pace it asks for (Retry-After, at most 10 s)
                long wait = Math.max(1, Math.min(response.get().headers().firstValueAsLong("Retry-After").orElse(1), 10));
                await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ofSeconds(wait)).pollInterval(Duration.ofSeconds(wait))
                        .until(() -> {
                            response.set(post(subject, body));
                            return !refusedForNow(response.get());
                        });
            }
            if (response.get().statusCode() == 201 || (response.get().statusCode() == 200 && sentAgain)) {
                accepted.add(UUID.fromString(JSON.readTree(response.get().body()).path("caseId").asText()));
            } else {
                failed.incrementAndGet();
                failures.add(response.get().statusCode() + " " + response.get().body());
            }
        } catch (IOException | UncheckedIOException | org.awaitility.core.ConditionTimeoutException e) {
            failed.incrementAndGet();
            failures.add(e.toString());
        }
    }

    /** A 429 (rate limit) or 503 (a part of the platform away): refused for now, to be sent again. */
    private boolean refusedForNow(HttpResponse<String> response) {
        boolean refused = response.statusCode() == 429 || response.statusCode() == 503;
        if (refused) {
            refusedThenRetried.incrementAndGet();
        }
        return refused;
    }

    private HttpResponse<String> post(String subject, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/orders/court-outcomes"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.of(subject))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String body(int number) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London")); // the platform runs on the real clock
        Map<String, Object> outcome = Map.of(
                "court", Map.of("name", "Reading Youth Court", "crownCourt", false, "outOfArea", false),
                "courtReference", "RES-" + run + "-" + number, "hearingDate", today.toString(), "outcome", "sentenced",
                "child", Map.of("givenName", "Load", "familyName", "Child-" + run + "-" + number,
                        "dateOfBirth", today.minusYears(15).minusDays(number % 300).toString(),
                        "genderIdentity", number % 2 == 0 ? "male" : "female", "lookedAfter", false, "locality", "west"),
                "offences", List.of(Map.of("description", "theft", "imprisonable", true)),
                "order", Map.of("type", "youth-rehabilitation-order", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "requirements", List.of(Map.of("type", "supervision")),
                        "custodyThresholdPassed", false, "persistentOffender", false));
        try {
            return JSON.writeValueAsString(outcome);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<UUID> accepted() {
        return List.copyOf(accepted);
    }

    int sent() {
        return sent.get();
    }

    int refusedThenRetried() {
        return refusedThenRetried.get();
    }

    int failed() {
        return failed.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }
}
