package org.youthjustice.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real Kafka broker in KRaft mode (one combined broker and controller node), in the test's JVM. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            Path base = Files.createDirectories(Path.of("target", "kafka-" + UUID.randomUUID()).toAbsolutePath());
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(base)
                    .build())
                    // without these, consumers wait forever for a group coordinator on one node
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    // made when the first outbox relay starts its transactions: one partition, not fifty, on a test broker
                    .setConfigProp("transaction.state.log.num.partitions", "1")
                    .setConfigProp("min.insync.replicas", "1")
                    .setConfigProp("default.replication.factor", "1")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new KafkaBroker(cluster),
                new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not stop", e);
            }
        }
    }
}
