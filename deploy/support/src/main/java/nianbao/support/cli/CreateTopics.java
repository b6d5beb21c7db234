package nianbao.support.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates every topic of {@link Topics#ALL} with {@code max.message.bytes} raised; topics that exist already are
 * fine (their limit is set again). Environment: KAFKA_BOOTSTRAP_SERVERS (localhost:9092), NIANBAO_PARTITIONS (2),
 * NIANBAO_REPLICATION_FACTOR (1).
 */
public final class CreateTopics {

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        int partitions = Integer.parseInt(env("NIANBAO_PARTITIONS", "2"));
        short replicationFactor = Short.parseShort(env("NIANBAO_REPLICATION_FACTOR", "1"));
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get();
            List<String> created = create(admin, Topics.ALL.stream().filter(t -> !existing.contains(t)).toList(),
                    partitions, replicationFactor);
            setMessageLimit(admin, Topics.ALL);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("topics on %s: %d created %s, %d already there; max.message.bytes=%d (%d ms)%n",
                    bootstrap, created.size(), created, Topics.ALL.size() - created.size(),
                    Topics.MAX_MESSAGE_BYTES, millis);
        }
    }

    private static List<String> create(Admin admin, List<String> names, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException {
        Map<String, String> configs = Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES));
        Collection<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configs))
                .toList();
        List<String> created = new ArrayList<>();
        for (var result : admin.createTopics(topics).values().entrySet()) {
            try {
                result.getValue().get();
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return created;
    }

    private static void setMessageLimit(Admin admin, List<String> names)
            throws InterruptedException, ExecutionException {
        AlterConfigOp op = new AlterConfigOp(new ConfigEntry(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES)),
                AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> ops = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                .collect(Collectors.toMap(Function.identity(), resource -> List.of(op)));
        admin.incrementalAlterConfigs(ops).all().get();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
