package org.youthjustice.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;

/**
 * A handle on the test's real Kafka broker: stop and start it (same port), publish raw records and
 * read what a topic holds, as an outside system would.
 */
public class KafkaBroker {
    private final KafkaClusterTestKit cluster;

    KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker; clients see it as down until {@link #start()}. */
    public void stop() {
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    /** Starts the broker again on the same port and waits until it serves. */
    public void start() {
        try {
            for (BrokerServer broker : cluster.brokers().values()) {
                broker.startup();
            }
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("broker did not start again", e);
        }
    }

    /** Creates {@code topic} with one partition and the given topic settings, and waits until the broker has it. */
    public void createTopic(String topic, Map<String, String> settings) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(properties)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(settings))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + topic, e);
        }
    }

    /** Publishes one record and waits for the broker's acknowledgement. */
    public void publish(String topic, String key, String value) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /**
     * Reads {@code topic} from the beginning as the platform's consumers read it (committed records only) until
     * {@code done} holds for what was read, or the timeout passes; returns every record read.
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        return read(topic, "read_committed", done, timeout);
    }

    /**
     * Reads every record written to {@code topic}, those of transactions that were aborted too, until {@code done}
     * holds for what was read, or the timeout passes.
     */
    public List<ConsumerRecord<String, String>> readEverythingWrittenUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        return read(topic, "read_uncommitted", done, timeout);
    }

    private List<ConsumerRecord<String, String>> read(String topic, String isolation,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long begun = System.nanoTime();
            while (!done.test(records) && System.nanoTime() - begun < timeout.toNanos()) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    Map<Integer, BrokerServer> brokers() {
        return cluster.brokers();
    }
}
