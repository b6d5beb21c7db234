package nianbao.e2e;

import nianbao.support.kafka.EmbeddedKafkaBroker;
import nianbao.support.mongo.EmbeddedMongoServer;
import nianbao.tools.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline for one test class: a real in-JVM Kafka broker, an in-memory MongoDB-compatible store and
 * the four packaged services as processes, each on a free port.
 */
final class PipelineStack implements AutoCloseable {

    /** The token ingest-service requires on uploads in this stack. */
    static final String WRITE_TOKEN = "e2e-" + java.util.UUID.randomUUID();

    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMongoServer mongo;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Path root;
    private final Map<String, String> settings;
    private final KafkaProducer<String, byte[]> producer;
    ServiceProcess ingest;
    ServiceProcess query;

    PipelineStack(Path root) throws Exception {
        this.root = root;
        kafka = EmbeddedKafkaBroker.start();
        mongo = EmbeddedMongoServer.inMemory();
        createTopics();
        settings = Map.of("nianbao.ingest.write-token", WRITE_TOKEN,
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.connectionString());
        try {
            query = add(ServiceProcess.start(root, "query-service", settings));
            ingest = add(ServiceProcess.start(root, "ingest-service", settings));
            ServiceProcess parser = add(ServiceProcess.start(root, "parser-service", settings));
            add(ServiceProcess.start(root, "validation-service", settingsOf("validation-service", parser)));
            awaitReady();
        } catch (Exception | Error e) {
            // a stack that cannot start leaves nothing behind: no orphaned service processes, broker or store
            services.forEach(ServiceProcess::close);
            mongo.close();
            kafka.close();
            throw e;
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES));
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private void awaitReady() {
        await("all four services ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (ServiceProcess service : services) {
                        if (!service.isAlive()) {
                            throw new IllegalStateException("service died: " + service.describe());
                        }
                    }
                    return allReady();
                });
    }

    private ServiceProcess add(ServiceProcess service) {
        services.add(service);
        return service;
    }

    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            List<NewTopic> topics = Topics.ALL.stream().map(t -> new NewTopic(t, 2, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES)))).toList();
            admin.createTopics(topics).all().get();
        }
    }

    /** Publishes a file onto report-files the way kcat does: the bytes as the value, the file name as a header. */
    void publish(String fileName, byte[] bytes) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("report-files", null, bytes);
        record.headers().add("filename", fileName.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    /** Publishes raw bytes onto any topic, as a misbehaving producer would. */
    void publishRaw(String topic, String key, byte[] bytes) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, bytes)).get();
    }

    /** Stops a service (SIGTERM, as a deployment would), so records pile up on its topics. */
    void stop(String name) {
        service(name).close();
    }

    /** Starts a stopped service again on its port and waits until the whole stack is ready. */
    void start(String name) throws Exception {
        ServiceProcess old = service(name);
        ServiceProcess started = ServiceProcess.start(root, name, settingsOf(name, service("parser-service")), old.port());
        services.set(services.indexOf(old), started);
        if (name.equals("ingest-service")) {
            ingest = started;
        } else if (name.equals("query-service")) {
            query = started;
        }
        awaitReady();
    }

    /** The stack's settings, and for validation-service where the parser answers (its POST /check forwards there). */
    private Map<String, String> settingsOf(String name, ServiceProcess parser) {
        if (!name.equals("validation-service")) {
            return settings;
        }
        Map<String, String> withParser = new java.util.HashMap<>(settings);
        withParser.put("nianbao.validation.parser-url", parser.baseUrl());
        return withParser;
    }

    ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    boolean allReady() {
        return services.stream().allMatch(ServiceProcess::isReady);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    List<ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
        }
        services.forEach(ServiceProcess::close);
        mongo.close();
        kafka.close();
    }
}
