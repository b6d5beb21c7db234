package nianbao.processing;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;

/**
 * Readiness is DOWN when a Kafka consumer of this service has silently left its group: it holds partitions but has
 * sent no heartbeat for longer than the session timeout (its heartbeat thread died), or it has not polled for longer
 * than max.poll.interval.ms (the broker has given its partitions to others). SmallRye's own check does not see
 * either: the channel is still "started" while nothing is consumed or committed.
 */
@Readiness
@ApplicationScoped
public class ConsumerGroupReadiness implements HealthCheck {

    private static final double DEFAULT_SESSION_TIMEOUT_MS = 45_000;
    private static final double DEFAULT_MAX_POLL_INTERVAL_MS = 300_000;

    private final KafkaClientService clients;

    public ConsumerGroupReadiness(KafkaClientService clients) {
        this.clients = clients;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-consumer-groups").up();
        for (String channel : clients.getConsumerChannels()) {
            int index = 0;
            for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(channel)) {
                String problem = problem(consumer);
                String key = channel + (index++ == 0 ? "" : "#" + index);
                if (problem != null) {
                    response.down().withData(key, problem);
                } else {
                    response.withData(key, "in its group");
                }
            }
        }
        return response.build();
    }

    private static String problem(KafkaConsumer<Object, Object> consumer) {
        Map<MetricName, ? extends Metric> metrics = consumer.unwrap().metrics();
        double assigned = value(metrics, "consumer-coordinator-metrics", "assigned-partitions");
        double sinceHeartbeat = value(metrics, "consumer-coordinator-metrics", "last-heartbeat-seconds-ago");
        double sincePoll = value(metrics, "consumer-metrics", "last-poll-seconds-ago");
        return problem(assigned, sinceHeartbeat, sincePoll, setting(consumer, "session.timeout.ms", DEFAULT_SESSION_TIMEOUT_MS) / 1000,
                setting(consumer, "max.poll.interval.ms", DEFAULT_MAX_POLL_INTERVAL_MS) / 1000);
    }

    /** Why a consumer with these figures (seconds; -1 when unknown) is out of its group, or null when it is in. */
    static String problem(double assigned, double sinceHeartbeat, double sincePoll, double sessionTimeout, double pollInterval) {
        if (assigned > 0 && sinceHeartbeat > sessionTimeout) {
            return "no heartbeat for " + (long) sinceHeartbeat + " s: left its group";
        }
        if (sincePoll > pollInterval) {
            return "no poll for " + (long) sincePoll + " s: left its group";
        }
        return null;
    }

    private static double value(Map<MetricName, ? extends Metric> metrics, String group, String name) {
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            if (entry.getKey().group().equals(group) && entry.getKey().name().equals(name)
                    && entry.getValue().metricValue() instanceof Number number && !Double.isNaN(number.doubleValue())) {
                return number.doubleValue();
            }
        }
        return -1;
    }

    private static double setting(KafkaConsumer<Object, Object> consumer, String key, double fallback) {
        Object value = consumer.configuration().get(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
