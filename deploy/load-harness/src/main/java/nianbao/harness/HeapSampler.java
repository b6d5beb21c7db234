package nianbao.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Samples each service's used heap from its Prometheus metrics once a second and keeps the highest value. */
final class HeapSampler implements AutoCloseable {

    private final Map<String, String> metricsUrls;
    private final Map<String, Long> maxHeapBytes = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(Map<String, String> metricsUrls) {
        this.metricsUrls = metricsUrls;
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The metrics of the four services of the local stack, query-service at {@code query} and the others beside it. */
    static Map<String, String> localServices(String query) {
        Map<String, String> urls = new LinkedHashMap<>();
        String host = URI.create(query).getHost();
        urls.put("query-service", query + "/q/metrics");
        urls.put("ingest-service", "http://" + host + ":8081/q/metrics");
        urls.put("parser-service", "http://" + host + ":8082/q/metrics");
        urls.put("validation-service", "http://" + host + ":8083/q/metrics");
        return urls;
    }

    private void sample() {
        while (running) {
            metricsUrls.forEach((service, url) -> {
                long used = usedHeap(url);
                maxHeapBytes.merge(service, used, Math::max);
            });
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The sum of jvm_memory_used_bytes over the heap pools, or 0 when the service does not answer. */
    private long usedHeap(String url) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : body.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return (long) sum;
        } catch (Exception e) {
            return 0;
        }
    }

    /** The highest used heap seen per service, in MiB. */
    Map<String, Long> maxHeapMiB() {
        Map<String, Long> result = new LinkedHashMap<>();
        metricsUrls.keySet().forEach(s -> result.put(s, maxHeapBytes.getOrDefault(s, 0L) / (1024 * 1024)));
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(3_000);
    }
}
