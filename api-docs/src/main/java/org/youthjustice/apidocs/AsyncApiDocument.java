package org.youthjustice.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventExamples;
import org.youthjustice.events.EventJson;
import org.youthjustice.events.EventType;
import org.youthjustice.events.Topics;

/**
 * The platform's AsyncAPI 3.0 document, built from what the code holds so that it cannot drift from it: every event
 * type of the catalogue ({@link EventType}) with its JSON Schema (platform/events) inside the envelope, keyed by the
 * case id; the topic each goes to and the service that publishes it; each service's consumers (its
 * {@code mp.messaging.incoming.*} channels: topic, group, dead-letter topic) and the event types its code handles.
 */
public final class AsyncApiDocument {
    /** Who publishes each topic: the service that owns the events (each writes its own topic only). */
    static final Map<String, String> PUBLISHERS = Map.of(Topics.ORDERS, "order-service", Topics.ALLOCATIONS, "allocation-service",
            Topics.COMPLIANCE, "compliance-service", Topics.TRANSFERS, "transfer-service", Topics.VICTIMS, "victim-service");
    static final List<String> SERVICES = List.of("order-service", "allocation-service", "compliance-service", "transfer-service",
            "victim-service", "reporting-service");
    /** The headers SmallRye Reactive Messaging's dead-letter queue adds to a record it could not apply. */
    static final Map<String, String> DEAD_LETTER_HEADERS = Map.of(
            "dead-letter-reason", "why the record was not applied (the exception's message)",
            "dead-letter-cause", "the cause's message, when there is one",
            "dead-letter-topic", "the topic the record came from",
            "dead-letter-partition", "its partition there",
            "dead-letter-offset", "its offset there",
            "dead-letter-exception-class-name", "the exception's class",
            "dead-letter-cause-class-name", "the cause's class, when there is one");
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.(topic|group\\.id|dead-letter-queue\\.topic)");
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Z_]+)\\b");

    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    /** One consumer: a service's channel reading a topic as a group, with its dead-letter topic and the types it handles. */
    record Consumer(String service, String channel, String topic, String group, String deadLetterTopic, List<EventType> handles) {
    }

    public AsyncApiDocument(Path root) {
        this.root = root;
    }

    /** Writes the document where it is kept (docs/api/asyncapi.yaml): run when the catalogue or a consumer changes. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        AsyncApiDocument document = new AsyncApiDocument(root);
        Files.writeString(root.resolve("docs/api/asyncapi.yaml"), document.yaml());
    }

    public String yaml() {
        try {
            return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES))
                    .writeValueAsString(build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode build() {
        ObjectNode doc = json.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Youth Justice Platform: events");
        info.put("version", "1.0.0");
        info.put("description", """
                The events the platform's services publish to Kafka, and who reads them. Every record's key is the case \
                id; its value is the envelope (CloudEvents-shaped) whose `data` is the event type's payload, validated \
                against its JSON Schema. A topic's events of one case arrive in order (one partition per key) to a consumer \
                that reads committed records only (`isolation.level=read_committed`): services publish in Kafka \
                transactions, and a transaction that failed part way is aborted and its events published again.

                Versioning: a type's schema version is `schemaVersion` in the envelope and the topic's `.v1`. Fields \
                are only ever added (consumers ignore what they do not know: every schema allows additional \
                properties); a change that removes or changes a field is a new type version, published beside the \
                old one until every consumer reads it.

                Consumers are idempotent (an inbox keyed by the envelope's `id`): a record delivered twice is applied \
                once. A record a consumer cannot apply after its retries goes to that consumer's dead-letter topic \
                `<topic>.<group>.dlq`, with headers saying why.""");
        info.putObject("license").put("name", "Open Government Licence v3.0")
                .put("url", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
        doc.put("defaultContentType", "application/json");
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "127.0.0.1:9092").put("protocol", "kafka")
                .put("description", "The local platform's broker (deploy/local/platform start): plaintext, local only.");
        ObjectNode production = servers.putObject("production").put("host", "youth-justice-kafka-bootstrap:9093")
                .put("protocol", "kafka-secure").put("description",
                        "The broker on Kubernetes (deploy/kubernetes, Strimzi): TLS, each client authenticated as its own "
                                + "KafkaUser, whose ACLs let it read only what it consumes.");
        production.putArray("security").addObject().put("$ref", "#/components/securitySchemes/scram");

        List<Consumer> consumers = consumers();
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("envelope", schema("envelope.v1.json"));
        for (String topic : new TreeSet<>(PUBLISHERS.keySet())) {
            String channelName = channelName(topic);
            ObjectNode channel = channels.putObject(channelName);
            channel.put("address", topic);
            channel.put("title", topic);
            channel.put("description", "Published by " + PUBLISHERS.get(topic) + " through its outbox (the state change and its "
                    + "event in one transaction). Read by " + String.join(", ", consumers.stream()
                    .filter(c -> c.topic().equals(topic)).map(c -> c.service() + " (group " + c.group() + ")").toList()) + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            List<EventType> types = Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).toList();
            for (EventType type : types) {
                channelMessages.putObject(type.wireName()).put("$ref", "#/components/messages/" + type.wireName());
                messages.set(type.wireName(), message(type));
                schemas.set(type.wireName(), schema(type.wireName() + ".v" + type.schemaVersion() + ".json"));
            }
            ObjectNode send = operations.putObject(PUBLISHERS.get(topic) + ".publishes." + channelName);
            send.put("action", "send");
            send.putObject("channel").put("$ref", "#/channels/" + channelName);
            send.put("summary", PUBLISHERS.get(topic) + " publishes " + topic);
            ArrayNode sent = send.putArray("messages");
            types.forEach(t -> sent.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + t.wireName()));
        }
        for (Consumer consumer : consumers) {
            String channelName = channelName(consumer.topic());
            ObjectNode receive = operations.putObject(consumer.service() + ".reads." + channelName);
            receive.put("action", "receive");
            receive.putObject("channel").put("$ref", "#/channels/" + channelName);
            receive.put("summary", consumer.service() + " reads " + consumer.topic() + " as group " + consumer.group());
            receive.put("description", "Applies " + String.join(", ", consumer.handles().stream().map(EventType::wireName).toList())
                    + "; any other type on the topic is skipped. A record it cannot apply goes to " + consumer.deadLetterTopic() + ".");
            receive.putObject("bindings").putObject("kafka").putObject("groupId").put("type", "string")
                    .putArray("enum").add(consumer.group());
            ArrayNode read = receive.putArray("messages");
            consumer.handles().forEach(t -> read.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + t.wireName()));

            String deadLetters = consumer.deadLetterTopic();
            String deadLetterChannel = channelName + "-" + consumer.service() + "-dlq";
            ObjectNode dlq = channels.putObject(deadLetterChannel);
            dlq.put("address", deadLetters);
            dlq.put("title", deadLetters);
            dlq.put("description", "The records of " + consumer.topic() + " that " + consumer.service() + " could not apply after its "
                    + "retries, unchanged, with the dead-letter headers. Operators replay them once the cause is mended.");
            dlq.putObject("messages").putObject("dead-letter").put("$ref", "#/components/messages/dead-letter");
            ObjectNode dlqSend = operations.putObject(consumer.service() + ".dead-letters." + channelName);
            dlqSend.put("action", "send");
            dlqSend.putObject("channel").put("$ref", "#/channels/" + deadLetterChannel);
            dlqSend.put("summary", consumer.service() + " sets aside what it could not apply from " + consumer.topic());
            dlqSend.putArray("messages").addObject().put("$ref", "#/channels/" + deadLetterChannel + "/messages/dead-letter");
        }
        messages.set("dead-letter", deadLetterMessage());
        components.putObject("securitySchemes").putObject("scram").put("type", "scramSha512")
                .put("description", "SCRAM-SHA-512 over TLS, with the KafkaUser's credentials from its secret (Strimzi).");
        return doc;
    }

    private ObjectNode message(EventType type) {
        ObjectNode message = json.createObjectNode();
        message.put("name", type.wireName());
        message.put("title", type.wireName());
        JsonNode schema = schema(type.wireName() + ".v" + type.schemaVersion() + ".json");
        message.put("summary", schema.path("description").asText(type.wireName()));
        message.put("contentType", "application/json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putObject("properties").putObject("traceparent").put("type", "string")
                .put("description", "W3C trace context of the request that caused the event, when there was one");
        ObjectNode payload = message.putObject("payload");
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/envelope");
        ObjectNode typed = allOf.addObject();
        typed.put("type", "object");
        ObjectNode properties = typed.putObject("properties");
        properties.putObject("type").put("const", type.wireName());
        properties.putObject("schemaVersion").put("const", type.schemaVersion());
        properties.putObject("data").put("$ref", "#/components/schemas/" + type.wireName());
        ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
        key.put("type", "string").put("format", "uuid").put("description", "the case id: a case's events stay in order");
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", type.wireName());
        example.put("summary", "A " + type.wireName() + " event");
        example.set("payload", example(type));
        return message;
    }

    /** An example envelope of {@code type}, the same on every run (it is part of the committed document). */
    ObjectNode example(EventType type) {
        EventEnvelope envelope = EventEnvelope.wrap(EventExamples.of(type.recordClass()), PUBLISHERS.get(type.topic()),
                java.time.Instant.parse("2026-11-23T09:30:00Z"), "wokingham", EventExamples.CASE_ID);
        ObjectNode value = EventJson.mapper().valueToTree(envelope);
        value.put("id", java.util.UUID.nameUUIDFromBytes(("event " + type.wireName()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        return value;
    }

    private ObjectNode deadLetterMessage() {
        ObjectNode message = json.createObjectNode();
        message.put("name", "dead-letter");
        message.put("title", "A record set aside");
        message.put("summary", "The record as it arrived (its key and envelope unchanged), with why it was set aside.");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        new TreeMap<>(DEAD_LETTER_HEADERS).forEach((name, what) -> properties.putObject(name).put("type", "string").put("description", what));
        headers.putArray("required").add("dead-letter-reason").add("dead-letter-topic").add("dead-letter-partition")
                .add("dead-letter-offset");
        message.putObject("payload").put("$ref", "#/components/schemas/envelope");
        return message;
    }

    /** An event's JSON Schema from platform/events, as AsyncAPI's schema object (its $schema and $id are the file's). */
    ObjectNode schema(String file) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no schema schemas/" + file + " in platform/events");
            }
            ObjectNode schema = (ObjectNode) json.readTree(in);
            schema.remove("$schema");
            schema.remove("$id");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every service's consumers, read from its application.properties; the types each handles, from its code. */
    List<Consumer> consumers() {
        List<Consumer> consumers = new ArrayList<>();
        for (String service : SERVICES) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(root.resolve(service + "/src/main/resources/application.properties"))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TreeSet<String> channels = new TreeSet<>();
            for (String name : properties.stringPropertyNames()) {
                Matcher matcher = INCOMING.matcher(name);
                if (matcher.matches()) {
                    channels.add(matcher.group(1));
                }
            }
            TreeSet<EventType> handled = handledBy(service);
            for (String channel : channels) {
                String prefix = "mp.messaging.incoming." + channel + ".";
                String topic = properties.getProperty(prefix + "topic");
                consumers.add(new Consumer(service, channel, topic, properties.getProperty(prefix + "group.id"),
                        properties.getProperty(prefix + "dead-letter-queue.topic"),
                        handled.stream().filter(t -> t.topic().equals(topic)).toList()));
            }
        }
        return consumers;
    }

    /**
     * The event types a service's main code names (as {@code EventType.ORDER_MADE} or a switch's {@code case ORDER_MADE}),
     * in the files that use the catalogue: those it acts on, of the topics it reads.
     */
    private TreeSet<EventType> handledBy(String service) {
        TreeSet<EventType> handled = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root.resolve(service + "/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("EventType")) {
                    continue;
                }
                Matcher matcher = CONSTANT.matcher(code);
                while (matcher.find()) {
                    Arrays.stream(EventType.values()).filter(t -> t.name().equals(matcher.group(1))).forEach(handled::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return handled;
    }

    private static String channelName(String topic) {
        // yj.orders.v1 -> orders
        return topic.replaceFirst("^yj\\.", "").replaceFirst("\\.v\\d+$", "");
    }
}
