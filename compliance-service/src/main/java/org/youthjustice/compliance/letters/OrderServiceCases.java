package org.youthjustice.compliance.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.youthjustice.compliance.letters.OrderServiceApi.OrderServiceAnswered;
import org.youthjustice.kernel.problem.ProblemException;

/**
 * Reads a child's contact details from order-service's case API, on behalf of the user who asked for
 * the letter: their own access token goes with the request, so order-service applies its own access
 * rules to them (EVENTS.md), and compliance never holds the details beyond the letter.
 *
 * <p>A letter is written while the user waits, so an order-service that is slow or down must cost them
 * seconds, not minutes, and must never leave anything half-written ({@link Letters} reads the details
 * before it writes anything). Each value below is the default; application.properties sets them under
 * {@code quarkus.fault-tolerance."org.youthjustice.compliance.letters.OrderServiceCases/contactsOf".*}.
 * <ul>
 * <li>{@code @Timeout}, per attempt: order-service answers a case in milliseconds; one that has not answered
 * in 3 s is in trouble, and waiting longer only holds the user and a worker thread.</li>
 * <li>{@code @Retry}, only what may succeed at once when asked again: a refused or reset connection, a timeout,
 * 502/503/504 (a restart, a replica going away). At most 2 retries, 200 ms apart with 100 ms of jitter so
 * that the replicas of this service do not retry in step. Never 401/403/404 or any other answer: those are
 * order-service's considered answer and asking again changes nothing.</li>
 * <li>{@code @CircuitBreaker}, counting each attempt: when 5 of the last 6 failed transiently, order-service is
 * down, and for 10 s every request is answered 503 at once instead of each waiting for its timeouts (and
 * adding to the load of a service that is trying to come back); then one request tries it again. Answers
 * that are not transient failures (403, 404, ...) are order-service working, and count as successes.</li>
 * <li>{@code @Fallback}: whatever the reason order-service could not be read (retries spent, timeout, circuit
 * open), the client is answered the 503 problem with {@code Retry-After}: never a 500, nothing written.</li>
 * </ul>
 * The order the policies apply in is SmallRye's: fallback, then retry, then circuit breaker, then timeout.
 */
@ApplicationScoped
public class OrderServiceCases {
    /** The circuit breaker's name, for its state in metrics and {@code CircuitBreakerMaintenance}. */
    public static final String CIRCUIT_BREAKER = "order-service";

    private static final Logger LOG = Logger.getLogger(OrderServiceCases.class);

    @Inject
    @RestClient
    OrderServiceApi orderService;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper json;

    /** How long the circuit stays open, which is also when a client may usefully try again ({@code Retry-After}). */
    @ConfigProperty(name = "yj.orders.circuit-breaker.open-seconds", defaultValue = "10")
    long retryAfterSeconds;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS, jitter = 100, jitterDelayUnit = ChronoUnit.MILLIS,
            maxDuration = 15, durationUnit = ChronoUnit.SECONDS,
            retryOn = { TransientOrderServiceFailure.class, TimeoutException.class }, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.8, delay = 10, delayUnit = ChronoUnit.SECONDS, successThreshold = 1,
            failOn = { TransientOrderServiceFailure.class, TimeoutException.class }, skipOn = ProblemException.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    @Fallback(fallbackMethod = "couldNotRead",
            applyOn = { TransientOrderServiceFailure.class, TimeoutException.class, CircuitBreakerOpenException.class })
    public ChildContacts contactsOf(UUID caseId) {
        String body;
        try {
            body = orderService.caseView(caseId, "Bearer " + token.getRawToken());
        } catch (OrderServiceAnswered answered) {
            throw judged(answered, caseId);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof OrderServiceAnswered answered) {
                throw judged(answered, caseId);
            }
            // no answer at all: refused, reset, or the read timed out
            throw new TransientOrderServiceFailure("order-service could not be reached for case " + caseId + ": " + e, e);
        }
        return read(body);
    }

    /** What order-service's answer means for the letter: transient (asked again), or the client's answer. */
    private RuntimeException judged(OrderServiceAnswered answered, UUID caseId) {
        return switch (answered.status()) {
            case 401, 403 -> ProblemException.forbidden("order-service does not let you read this child's contact details");
            case 404 -> ProblemException.notFound("case " + caseId + " in order-service");
            case 502, 503, 504 -> new TransientOrderServiceFailure("order-service answered " + answered.status()
                    + " for case " + caseId, null);
            default -> {
                // a fault of order-service's for this case (500, or a request it cannot take): asking again would
                // get the same, and it says nothing about order-service being down
                LOG.warnf("order-service answered %d for case %s", answered.status(), caseId);
                yield unavailableProblem();
            }
        };
    }

    /** The {@code @Fallback}: order-service could not be read however often it was asked, or the circuit is open. */
    ChildContacts couldNotRead(UUID caseId, Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            LOG.debugf("order-service's circuit is open: case %s not asked for", caseId);
        } else {
            LOG.warnf("order-service could not be read for case %s: %s", caseId, failure.toString());
        }
        throw unavailableProblem();
    }

    private ChildContacts read(String body) {
        try {
            JsonNode caseView = json.readTree(body);
            JsonNode child = caseView.path("child");
            List<ChildContacts.ParentCarer> parents = new ArrayList<>();
            child.path("parentCarers").forEach(p -> parents.add(new ChildContacts.ParentCarer(text(p, "name"),
                    text(p, "relationship"), text(p, "address"))));
            String born = text(child, "dateOfBirth");
            return new ChildContacts(text(caseView, "reference"), text(child, "givenName"), text(child, "familyName"),
                    born == null ? null : LocalDate.parse(born), text(child, "address"), parents);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("order-service's case could not be read: %s", e.toString());
            throw unavailableProblem();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText();
    }

    private OrderServiceUnavailable unavailableProblem() {
        return new OrderServiceUnavailable(retryAfterSeconds);
    }
}
