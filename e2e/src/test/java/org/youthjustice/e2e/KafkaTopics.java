package org.youthjustice.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The platform's Kafka broker as a scenario sees it from outside: its topics, every record on one read from the
 * beginning to the end offsets of the moment (committed records, as the services read them), and how far a service's consumer group has got.
 * Nothing here joins a consumer group or commits anything: the services' offsets are left as they are.
 */
public final class KafkaTopics implements AutoCloseable {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final Admin admin;

    public KafkaTopics(RunningPlatform platform) {
        this.bootstrapServers = platform.kafkaBootstrapServers();
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
    }

    /** Every topic on the broker, the internal ones ({@code __consumer_offsets}) and the dead-letter topics included. */
    SortedSet<String> topics() {
        return new TreeSet<>(get(admin.listTopics(new ListTopicsOptions().listInternal(true)).names()));
    }

    /**
     * Hands each record of {@code topic} to {@code each}, from the beginning of every partition up to the end offsets
     * as they are when the read starts; the number of records read.
     */
    long read(String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic, READ_TIMEOUT)) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Set<TopicPartition> reading = new HashSet<>(partitions);
            reading.removeIf(partition -> consumer.position(partition, READ_TIMEOUT) >= end.get(partition));
            long read = 0;
            long begun = System.nanoTime();
            while (!reading.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        each.accept(record);
                        read++;
                    }
                }
                reading.removeIf(partition -> consumer.position(partition, READ_TIMEOUT) >= end.get(partition));
                if (Duration.ofNanos(System.nanoTime() - begun).compareTo(READ_TIMEOUT) > 0) {
                    throw new AssertionError(topic + ": partitions " + reading + " not read to their end offsets " + end
                            + " within " + READ_TIMEOUT.toSeconds() + " s");
                }
            }
            return read;
        }
    }

    /** The records of {@code topic} (as {@link #read} finds them). */
    public List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        read(topic, records::add);
        return records;
    }

    /** Waits until the consumer group {@code group} has committed past {@code record}: the service has handled it. */
    void awaitConsumed(String group, ConsumerRecord<byte[], byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(Duration.ofSeconds(90)).until(() -> committed(group).getOrDefault(partition, 0L) > record.offset());
    }

    /**
     * Waits until the consumer group {@code group} has committed {@code topic} past its last record as it is now: the
     * service has handled everything on the topic so far. Not up to the end offsets: each outbox batch is a Kafka
     * transaction whose commit marker takes an offset after its last record, and a consumer commits the offset after
     * the last record it handled, never past the marker.
     */
    public void awaitConsumedToEnd(String group, String topic) {
        Map<TopicPartition, Long> afterLast = new HashMap<>();
        read(topic, record -> afterLast.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max));
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            Map<TopicPartition, Long> committed = committed(group);
            return afterLast.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
        });
    }

    private Map<TopicPartition, Long> committed(String group) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
