package nianbao.tools;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Creates every topic of {@link Topics#ALL} with {@code max.message.bytes} raised and {@code retention.ms=-1} on
 * {@link Topics#KEPT_FOREVER}; topics that exist already are fine (both settings are applied again). Environment:
 * KAFKA_BOOTSTRAP_SERVERS (localhost:9092), NIANBAO_PARTITIONS (2), NIANBAO_REPLICATION_FACTOR (1).
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
            setConfigs(admin);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("topics on %s: %d created %s, %d already there; max.message.bytes=%d, retention.ms=-1 on %s (%d ms)%n",
                    bootstrap, created.size(), created, Topics.ALL.size() - created.size(),
                    Topics.MAX_MESSAGE_BYTES, Topics.KEPT_FOREVER, millis);
        }
    }

    private static List<String> create(Admin admin, List<String> names, int partitions, short replicationFactor)
            throws InterruptedException, ExecutionException {
        Collection<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor).configs(configs(name)))
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

    /** The limit on every topic; no time limit on the kept ones (their records are the system of record). */
    private static Map<String, String> configs(String topic) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_MESSAGE_BYTES));
        if (Topics.KEPT_FOREVER.contains(topic)) {
            configs.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
        }
        return configs;
    }

    private static void setConfigs(Admin admin) throws InterruptedException, ExecutionException {
        Map<ConfigResource, Collection<AlterConfigOp>> ops = Topics.ALL.stream()
                .collect(Collectors.toMap(name -> new ConfigResource(ConfigResource.Type.TOPIC, name),
                        name -> configs(name).entrySet().stream()
                                .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                .toList()));
        admin.incrementalAlterConfigs(ops).all().get();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
