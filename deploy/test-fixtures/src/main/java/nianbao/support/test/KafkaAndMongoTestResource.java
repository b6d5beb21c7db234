package nianbao.support.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nianbao.support.kafka.EmbeddedKafkaBroker;
import nianbao.support.mongo.EmbeddedMongoServer;

import java.util.Map;

/**
 * Starts a real in-JVM Kafka broker and an in-memory MongoDB-compatible store for a {@code @QuarkusTest},
 * and points the service at them.
 */
public class KafkaAndMongoTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKafkaBroker kafka;
    private EmbeddedMongoServer mongo;

    @Override
    public Map<String, String> start() {
        kafka = EmbeddedKafkaBroker.start();
        mongo = EmbeddedMongoServer.inMemory();
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
