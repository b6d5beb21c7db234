package nianbao.harness;

import nianbao.tools.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The load test's baseline: the same reports published the same way onto a topic of this run, then carried through
 * four hops of consume-and-produce with no work in them (as many as the pipeline's four stages) on the same broker,
 * timed until each arrives at the last hop. Its topics are deleted afterwards.
 */
final class BarePipe {

    static final int HOPS = 4;

    /** The bare pipe's figures: publishing, first publish → last arrival at the last hop, latency publish → last hop. */
    record Figures(Publisher.Published published, long lastArrival, int arrived, Percentiles latency) {

        double seconds() {
            return Math.max(1, lastArrival - published.started()) / 1000.0;
        }

        double perSecond() {
            return arrived / seconds();
        }
    }

    private BarePipe() {
    }

    /** Runs {@code reports} reports from {@code supply} through the bare pipe at {@code rate} (0 = as fast as possible). */
    static Figures run(String bootstrap, SyntheticReports supply, int reports, int rate, Duration timeout) throws Exception {
        String run = "bare-pipe-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = IntStream.rangeClosed(0, HOPS).mapToObj(hop -> run + "-" + hop).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(Topics.REPORT_FILES)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(Topics.REPORT_FILES).partitions().size();
            admin.createTopics(topics.stream().map(name -> new NewTopic(name, partitions, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES))))
                    .toList()).all().get(30, TimeUnit.SECONDS);
            try {
                return measure(bootstrap, run, topics, supply, reports, rate, timeout);
            } finally {
                admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Figures measure(String bootstrap, String run, List<String> topics, SyntheticReports supply, int reports,
                                   int rate, Duration timeout) throws Exception {
        List<Relay> relays = new ArrayList<>();
        try (ArrivalWatcher watcher = new ArrivalWatcher(bootstrap, topics.get(HOPS))) {
            for (int hop = 0; hop < HOPS; hop++) {
                relays.add(Relay.start(bootstrap, run + "-relay-" + hop, topics.get(hop), topics.get(hop + 1)));
            }
            Publisher.Published published = Publisher.publish(bootstrap, topics.get(0), supply, reports, rate);
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (watcher.seen() < reports && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            List<Long> latencies = new ArrayList<>();
            long lastArrival = published.started();
            for (Map.Entry<String, Long> sent : published.sentAt().entrySet()) {
                Long arrival = watcher.arrival(sent.getKey());
                if (arrival != null) {
                    latencies.add(arrival - sent.getValue());
                    lastArrival = Math.max(lastArrival, arrival);
                }
            }
            return new Figures(published, lastArrival, latencies.size(), Percentiles.of(latencies));
        } finally {
            for (Relay relay : relays) {
                relay.close();
            }
        }
    }
}
