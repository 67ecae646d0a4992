package org.youthjustice.kernel.outbox;

import io.micrometer.core.instrument.Counter;
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
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.youthjustice.kernel.database.DatabaseFailures;

/**
 * Publishes the outbox to Kafka in order and marks what Kafka committed as sent. Each batch is one Kafka
 * transaction ({@code acks=all}, keyed by case id), and the platform's consumers read committed records only
 * ({@code isolation.level=read_committed}, the kernel's default): a batch is seen whole or not at all. Without the
 * transaction a batch that failed part way was half written: a later event of a case could be on the topic while an
 * earlier one waited for the next round, and consumers would have applied them out of order. While Kafka is away, the
 * relay backs off (doubling up to {@code yj.outbox.max-backoff}) and tries again; nothing is lost, and the user's
 * request never waited for Kafka.
 *
 * <p>One relay at a time per database: each batch runs under a PostgreSQL advisory lock taken for its
 * transaction, and a replica that does not get it leaves the round to the one that did. Claiming rows
 * with {@code SKIP LOCKED} instead would let two replicas send one case's events at once, out of order
 * (the second takes the next rows while the first is still sending, or backing off after a failure). A
 * batch always starts from the oldest unsent event, so when the active replica dies another one takes
 * over where it stopped. A batch Kafka committed but the database could not then mark sent (or whose
 * commit answer was lost) is sent again whole, after the events before it and in the same order: consumers'
 * inboxes absorb the repeats. After a batch failed on one of its events, the events before that one go on their own,
 * then that one alone: an event Kafka refuses (too large, say) holds back only the events after it, and each retry
 * writes only it to the broker.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The advisory lock that makes one relay active per database (each service has its own database). */
    static final long RELAY_LOCK = 0x5F_6F75_7462_6F78L; // "_outbox"

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "yj.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "yj.outbox.send-timeout", defaultValue = "10s")
    Duration sendTimeout;

    @ConfigProperty(name = "yj.outbox.max-backoff", defaultValue = "30s")
    Duration maxBackoff;

    /**
     * The replica's Kafka transactional id. By default the service's name, {@code -outbox-} and the host's name (on
     * Kubernetes the pod's, unique per replica): a replica restarted under the same name fences its predecessor and
     * aborts what it left open at once. The service's Kafka user may use ids with that prefix only.
     */
    @ConfigProperty(name = "yj.outbox.transactional-id")
    java.util.Optional<String> transactionalId;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    Clock clock;

    private Properties producerSettings;
    /** Made and initialised by the first round that needs it; dropped after a failure (the next round makes another). */
    private volatile KafkaProducer<String, String> producer;
    private Counter sentEvents;
    private Counter failedSends;
    /** The outcome of this replica's last round with the broker, for the messaging wellness check. */
    private volatile String lastFailure;

    private final java.util.concurrent.ExecutorService waker = java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
                Thread thread = new Thread(task, "outbox-relay-wake");
                thread.setDaemon(true);
                return thread;
            });
    private final java.util.concurrent.atomic.AtomicBoolean wakeQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean roundWanted = new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicBoolean roundRunning = new java.util.concurrent.atomic.AtomicBoolean();

    /** Set as the service shuts down: a poll that fires after it would find the database's connections closed. */
    private volatile boolean stopping;

    private Duration backoff = Duration.ZERO;
    /** The position of the event the last batch failed on, until it is sent: the next batches stop at it. */
    private Long failedPosition;
    // a pause is measured on the monotonic timer: moving the platform clock (in tests) never stalls the relay
    private long pausedUntilNanos = System.nanoTime();

    /**
     * Every {@code kafka.*} setting the service has (Quarkus collects them for the messaging's connector): the relay
     * talks to the same brokers the same way, TLS and credentials included (on Kubernetes, from the operators' secrets).
     */
    @Inject
    @io.smallrye.common.annotation.Identifier("default-kafka-broker")
    java.util.Map<String, Object> kafkaSettings;

    void start(@Observes StartupEvent start) {
        Properties properties = new Properties();
        kafkaSettings.forEach((key, value) -> {
            // producer settings only (security.protocol, ssl.*, sasl.* among them); consumer ones do not apply
            if (ProducerConfig.configNames().contains(key)) {
                properties.put(key, value);
            }
        });
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // fail a batch in bounded time while the broker is away; the next round retries it
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(sendTimeout.toMillis() / 2));
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(sendTimeout.toMillis() / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(sendTimeout.toMillis()));
        String id = transactionalId.orElseGet(() -> applicationName + "-outbox-" + hostName());
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
        // a batch's transaction lasts as long as its sends, flush and commit (at most twice sendTimeout); if its replica
        // dies before committing, the broker aborts it after this, and consumers of its partitions wait until then
        properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, String.valueOf(sendTimeout.multipliedBy(3).toMillis()));
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        producerSettings = properties;
        LOG.infof("outbox: the relay publishes as Kafka transactional id %s", id);
        Gauge.builder("yj.outbox.pending", this, relay -> relay.measure(relay::pendingCount))
                .description("events recorded in the outbox and not yet committed to Kafka")
                .register(meters);
        Gauge.builder("yj.outbox.oldest.pending.age", this, relay -> relay.measure(relay::oldestPendingAgeSeconds))
                .baseUnit("seconds")
                .description("how long the oldest event not yet committed to Kafka has waited (0 when none waits)")
                .register(meters);
        sentEvents = Counter.builder("yj.outbox.sent").description("events committed to Kafka").register(meters);
        failedSends = Counter.builder("yj.outbox.send.failures")
                .description("batches Kafka did not commit (the relay backs off and sends them again)")
                .register(meters);
    }

    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
        waker.shutdownNow();
        KafkaProducer<String, String> open = producer;
        if (open != null) {
            open.close(Duration.ofSeconds(5));
        }
    }

    /**
     * The safety net: a round every {@code yj.outbox.poll-interval}, for events whose wake-up did not reach a relay
     * (recorded by another replica while this one held the lock, committed just before a restart, or waiting out a
     * backoff). Events are normally sent as soon as their transaction commits ({@link #wake()}).
     */
    @Scheduled(identity = "outbox-relay", every = "${yj.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not started while the service stops: its database would be closed under it (an ERROR in the log)
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        runRounds();
    }

    /**
     * Asks for a round now, without waiting for the next poll: {@link Outbox} calls it after a transaction that
     * recorded an event has committed (each hop of a flow would otherwise wait up to a poll interval). The round runs
     * on the relay's own thread, never the committing request's; wake-ups that arrive during a round coalesce into
     * one more round, so none is lost and a burst of commits does not queue a round each.
     */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeQueued.set(false);
                    runRounds();
                });
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                wakeQueued.set(false); // the poll, or the next start, sends it
            }
        }
    }

    /**
     * Runs rounds until no round is wanted: one at a time in this replica (the scheduled poll and the wake-ups share
     * it); a request that arrives while a round runs makes the running caller go round once more.
     */
    private void runRounds() {
        if (stopping) {
            return;
        }
        roundWanted.set(true);
        while (roundWanted.get() && roundRunning.compareAndSet(false, true)) {
            try {
                while (roundWanted.getAndSet(false)) {
                    sendPending();
                }
            } catch (RuntimeException e) {
                roundFailed(e);
            } finally {
                roundRunning.set(false);
            }
        }
    }

    /**
     * A round that failed is an ERROR for the operator, unless the service was stopping: a round already running (or
     * woken by a last commit) when the stop closes the database under it fails with it. Its events stay in the
     * outbox and are sent after the restart, so that is only worth an INFO.
     */
    void roundFailed(RuntimeException e) {
        if (stopping) {
            LOG.infof("outbox: a round was cut short as the service stops (%s); its events are sent after the restart",
                    e.toString());
        } else {
            LOG.errorf(e, "outbox: a round failed; the next poll tries again");
        }
    }

    /**
     * One replica's round: sends every pending event in batches, unless paused after a failure. Package-private so
     * that a test can run two of them at once, as two replicas of a service would.
     */
    @ActivateRequestContext
    void sendPending() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        try {
            // the database transaction outlasts the batch's worst case: the producer's start, sends, flush, commit, abort
            boolean moreWaiting;
            do {
                moreWaiting = QuarkusTransaction.requiringNew().timeout((int) sendTimeout.multipliedBy(4).toSeconds()).call(this::sendBatch);
            } while (moreWaiting);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.unreachable(e)) {
                throw e;
            }
            // the events are safe in the database, which is away: the next round resumes once it is back
            LOG.warnf("outbox: the database cannot be reached (%s); next try in a second", e.toString());
            pausedUntilNanos = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        }
    }

    /**
     * Sends one batch in order; true if Kafka committed it and more events may wait to be sent at once (the batch was
     * full, or stopped short of the event a batch failed on), false when there was nothing to send, another replica is
     * relaying, or the batch failed.
     */
    private boolean sendBatch() {
        boolean active = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!active) {
            lastFailure = null; // another replica relays: what this one saw last is no longer news
            return false;
        }
        List<OutboxMessage> pending = pending(failedPosition);
        if (pending.isEmpty() && failedPosition != null) {
            failedPosition = null; // the failed event is gone (an operator removed it): the rest are free to go
            pending = pending(null);
        }
        if (pending.isEmpty()) {
            backoff = Duration.ZERO;
            lastFailure = null;
            return false;
        }
        boolean stoppingShort = failedPosition != null;
        if (stoppingShort && pending.size() > 1 && failedPosition.equals(pending.get(pending.size() - 1).position)) {
            pending = pending.subList(0, pending.size() - 1); // the events before the failed one first, then it alone
        }
        AtomicReference<Failure> firstFailure = new AtomicReference<>();
        KafkaProducer<String, String> transactional = null;
        int sending = 0;
        try {
            transactional = producer();
            transactional.beginTransaction();
            for (OutboxMessage message : pending) {
                transactional.send(new ProducerRecord<>(message.topic, message.messageKey, message.payload), (metadata, failed) -> {
                    // the others of a failed batch fail after it, as aborted or with the same exception: not the reason
                    if (failed != null && !(failed instanceof org.apache.kafka.common.errors.TransactionAbortedException)) {
                        firstFailure.compareAndSet(null, new Failure(message, describe(failed)));
                    }
                });
                sending++;
            }
            transactional.flush(); // every send settled, within the delivery timeout; the commit then has its own time
            transactional.commitTransaction(); // throws if a send failed: the batch is aborted below, no consumer sees it
        } catch (RuntimeException e) {
            settle(transactional); // the sends still in flight complete, the one that failed first among them
            Failure failure = firstFailure.get() != null ? firstFailure.get()
                    : new Failure(pending.get(sending < pending.size() ? sending : 0), describe(e.getCause() != null ? e.getCause() : e));
            abandonProducer();
            entityManager.createNativeQuery("""
                    update platform.outbox_event set attempts = attempts + 1, last_error = :error where position = :position""")
                    .setParameter("error", failure.error())
                    .setParameter("position", failure.event().position)
                    .executeUpdate();
            failedSends.increment();
            failedPosition = failure.event().position;
            lastFailure = failure.error();
            backoff = backoff.isZero() ? Duration.ofSeconds(1) : min(backoff.multipliedBy(2), maxBackoff);
            pausedUntilNanos = System.nanoTime() + backoff.toNanos();
            LOG.warnf("outbox: a batch of %d not committed by Kafka, event %s (%s); next try in %ss",
                    pending.size(), failure.event().id, failure.error(), backoff.toSeconds());
            return false;
        }
        // outside the broker's failures above: a database failure here rolls the round back whole (the batch is sent
        // again, which the inboxes absorb) and reaches sendPending's handling of an unreachable database
        markSent(pending);
        sentEvents.increment(pending.size());
        if (stoppingShort && failedPosition.equals(pending.get(pending.size() - 1).position)) {
            failedPosition = null; // the failed event itself has gone: batches are whole again
        }
        backoff = Duration.ZERO;
        lastFailure = null;
        return pending.size() == batchSize || stoppingShort;
    }

    /** The oldest unsent events, a batch of them; up to the failed event's position while it waits. */
    private List<OutboxMessage> pending(Long upTo) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = entityManager.createNativeQuery(
                "select * from platform.outbox_event where sent_at is null and position <= :upTo order by position limit :limit",
                OutboxMessage.class)
                .setParameter("upTo", upTo != null ? upTo : Long.MAX_VALUE)
                .setParameter("limit", batchSize)
                // read to send, not to change: no snapshot kept, no update per event at commit (see markSent)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return pending;
    }

    /** Waits for the failed batch's sends still in flight, so that the one that failed first has said so. */
    private static void settle(KafkaProducer<String, String> producer) {
        if (producer == null) {
            return;
        }
        try {
            producer.flush();
        } catch (RuntimeException e) {
            // interrupted as the service stops: the reason may be less precise, the batch is sent again all the same
        }
    }

    /** The replica's transactional producer, made and initialised (fencing a predecessor with its id) when first needed. */
    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            KafkaProducer<String, String> made = new KafkaProducer<>(producerSettings, new StringSerializer(), new StringSerializer());
            try {
                made.initTransactions(); // waits for the broker: a round, never the service's start
            } catch (RuntimeException e) {
                made.close(Duration.ZERO);
                throw e;
            }
            producer = made;
        }
        return producer;
    }

    /**
     * Aborts the failed batch's transaction and drops the producer: after some failures (fenced, a commit that timed
     * out) Kafka's producer cannot be used again, and a fresh one is as cheap as telling them apart. If the abort
     * cannot reach the broker, the next producer with this id aborts the transaction as it starts, or the broker does
     * when the transaction times out.
     */
    private void abandonProducer() {
        KafkaProducer<String, String> failed = producer;
        producer = null;
        if (failed == null) {
            return;
        }
        try {
            failed.abortTransaction();
        } catch (RuntimeException notAbortable) {
            LOG.debugf("outbox: the failed batch's transaction left to Kafka to abort (%s)", notAbortable.toString());
        }
        failed.close(Duration.ZERO);
    }

    /** The event a batch failed on and why. */
    record Failure(OutboxMessage event, String error) {
    }

    /**
     * Marks the committed events sent in one statement, by their positions: never by a range, which could take in
     * an event committed after the batch was read, with a lower position, and never sent.
     */
    private void markSent(List<OutboxMessage> committed) {
        entityManager.createNativeQuery("""
                update platform.outbox_event set sent_at = :now, attempts = attempts + 1 where position in (:positions)""")
                .setParameter("now", clock.instant())
                .setParameter("positions", committed.stream().map(message -> message.position).toList())
                .executeUpdate();
    }

    /** Events not yet committed to Kafka; for the gauge and for health. */
    @ActivateRequestContext
    public long pendingCount() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from platform.outbox_event where sent_at is null")
                .getSingleResult()).longValue());
    }

    /** Seconds the oldest unsent event has waited, by the platform clock; 0 when nothing waits. */
    @ActivateRequestContext
    public long oldestPendingAgeSeconds() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object oldest = entityManager
                    .createNativeQuery("select min(created_at) from platform.outbox_event where sent_at is null")
                    .getSingleResult();
            if (oldest == null) {
                return 0L;
            }
            Instant created = oldest instanceof Instant instant ? instant : ((java.time.OffsetDateTime) oldest).toInstant();
            return Math.max(0, Duration.between(created, clock.instant()).toSeconds());
        });
    }

    /** Why this replica's last round with the broker failed; empty after a round that succeeded. */
    public java.util.Optional<String> lastFailure() {
        return java.util.Optional.ofNullable(lastFailure);
    }

    /** A gauge's reading; NaN while the database cannot answer, so a scrape never fails. */
    private double measure(java.util.function.LongSupplier reading) {
        try {
            return reading.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String describe(Throwable cause) {
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** The host's name: on Kubernetes, the pod's. */
    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return UUID.randomUUID().toString(); // unique all the same; a restart does not fence what this one leaves open
        }
    }
}
