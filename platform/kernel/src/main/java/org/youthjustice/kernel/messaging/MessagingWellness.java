package org.youthjustice.kernel.messaging;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.youthjustice.kernel.outbox.OutboxRelay;

/**
 * Whether this replica's events reach Kafka, for operators ({@code /q/health/well}), deliberately not for
 * readiness: while the broker is away a replica still accepts work — the outbox keeps every event until the
 * broker acknowledges it — so taking replicas out of service would turn a messaging delay into an outage.
 * Readiness is the database (what a request needs); this check and the {@code yj.outbox.*} metrics say how far
 * behind the messaging is.
 */
@Wellness
@ApplicationScoped
public class MessagingWellness implements HealthCheck {
    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay to Kafka");
        try {
            response.withData("pending", relay.pendingCount())
                    .withData("oldestPendingAgeSeconds", relay.oldestPendingAgeSeconds());
        } catch (RuntimeException databaseAway) {
            response.withData("database", "unavailable: " + databaseAway.getClass().getSimpleName());
        }
        relay.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
        return response.status(relay.lastFailure().isEmpty()).build();
    }
}
