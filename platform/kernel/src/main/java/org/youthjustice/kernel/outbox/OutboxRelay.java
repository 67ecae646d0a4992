package org.youthjustice.kernel.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in order and marks what the broker acknowledged as sent. An
 * idempotent producer with {@code acks=all}, keyed by case id. While Kafka is away, it backs off
 * (doubling up to {@code yj.outbox.max-backoff}) and tries again; nothing is lost, and the user's
 * request never waited for Kafka. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * replicas of a service share the work without sending an event twice at once; an event whose
 * acknowledgement was lost may be sent again, which consumers' inboxes absorb.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "yj.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "yj.outbox.send-timeout", defaultValue = "10s")
    Duration sendTimeout;

    @ConfigProperty(name = "yj.outbox.max-backoff", defaultValue = "30s")
    Duration maxBackoff;

    private KafkaProducer<String, String> producer;
    @Inject
    Clock clock;

    private Duration backoff = Duration.ZERO;
    // a pause is measured on the monotonic timer: moving the platform clock (in tests) never stalls the relay
    private long pausedUntilNanos = System.nanoTime();

    void start(@Observes StartupEvent start) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // fail a batch in bounded time while the broker is away; the next round retries it
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(sendTimeout.toMillis() / 2));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(sendTimeout.toMillis() / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(sendTimeout.toMillis()));
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        Gauge.builder("yj.outbox.pending", this, OutboxRelay::pendingCountForGauge)
                .description("events recorded in the outbox and not yet acknowledged by Kafka")
                .register(meters);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    @Scheduled(identity = "outbox-relay", every = "${yj.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void relay() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().timeout((int) sendTimeout.multipliedBy(3).toSeconds()).call(this::sendBatch);
        } while (sent == batchSize);
    }

    /** Sends one batch in order; returns how many the broker acknowledged, or -1 after a failure. */
    private int sendBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = entityManager.createNativeQuery(
                "select * from platform.outbox_event where sent_at is null order by position limit :limit for update skip locked",
                OutboxMessage.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            backoff = Duration.ZERO;
            return 0;
        }
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(pending.size());
        int sent = 0;
        try {
            for (OutboxMessage message : pending) {
                acknowledgements.add(producer.send(new ProducerRecord<>(message.topic, message.messageKey, message.payload)));
            }
            Instant now = clock.instant();
            for (int i = 0; i < pending.size(); i++) {
                acknowledgements.get(i).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                OutboxMessage message = pending.get(i);
                message.sentAt = now;
                message.attempts++;
                sent++;
            }
            backoff = Duration.ZERO;
            return sent;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // what was acknowledged stays sent; the first failure and everything after it waits
            OutboxMessage failed = pending.get(sent);
            failed.attempts++;
            failed.lastError = describe(e);
            backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), maxBackoff);
            pausedUntilNanos = System.nanoTime() + backoff.toNanos();
            LOG.warnf("outbox: %d sent, event %s not acknowledged (%s); next try in %ss",
                    sent, failed.id, failed.lastError, backoff.toSeconds());
            return -1;
        }
    }

    /** Events not yet acknowledged; for the gauge and for health. */
    @ActivateRequestContext
    public long pendingCount() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from platform.outbox_event where sent_at is null")
                .getSingleResult()).longValue());
    }

    private double pendingCountForGauge() {
        try {
            return pendingCount();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
