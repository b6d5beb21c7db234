package nianbao.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Publishes report files onto report-files, waits until query-service has a final status for each, prints a table.
 * Usage: {@code PublishSamples [--query-url http://localhost:8080] [--timeout 120] <file-or-directory>...};
 * environment KAFKA_BOOTSTRAP_SERVERS (localhost:9092). Files query-service already knows are not sent again.
 * Exits 1 if a report did not reach a final status in time.
 */
public final class PublishSamples {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(10);

    private PublishSamples() {
    }

    public static void main(String[] args) throws Exception {
        String queryUrl = "http://localhost:8080";
        Duration timeout = Duration.ofSeconds(120);
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--query-url" -> queryUrl = args[++i];
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<ReportFile> files = paths.stream().flatMap(PublishSamples::regularFiles).map(ReportFile::read).toList();
        if (files.isEmpty()) {
            System.err.println("usage: PublishSamples [--query-url URL] [--timeout SECONDS] <file-or-directory>...");
            System.exit(2);
        }
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        QueryClient query = new QueryClient(queryUrl);

        publish(files, bootstrap, query);
        Map<String, ReportStatus> statuses = awaitDone(files, query, timeout);

        ResultTable table = new ResultTable();
        files.forEach(file -> table.add(file.fileName(), statuses.get(file.reportId())));
        System.out.print(table.render());
        List<String> unfinished = files.stream()
                .filter(file -> statuses.get(file.reportId()) == null || !statuses.get(file.reportId()).done())
                .map(ReportFile::fileName)
                .toList();
        if (!unfinished.isEmpty()) {
            System.err.printf("%d of %d reports not done after %d s: %s%n", unfinished.size(), files.size(),
                    timeout.toSeconds(), unfinished);
            if (query.lastProblem() != null) {
                System.err.println("last problem asking query-service: " + query.lastProblem());
            }
            System.exit(1);
        }
    }

    private static void publish(List<ReportFile> files, String bootstrap, QueryClient query) throws Exception {
        Set<String> sent = new LinkedHashSet<>();
        try (FilePublisher publisher = new FilePublisher(bootstrap)) {
            List<Future<?>> acks = new ArrayList<>();
            for (ReportFile file : files) {
                if (query.find(file.reportId()).isPresent()) {
                    System.out.printf("%s: already known to query-service, not sent again%n", file.fileName());
                } else if (sent.add(file.reportId())) {
                    acks.add(publisher.publish(file));
                    System.out.printf("%s: published to %s as %s (%d bytes)%n",
                            file.fileName(), Topics.REPORT_FILES, file.reportId(), file.bytes().length);
                }
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
        }
    }

    private static Map<String, ReportStatus> awaitDone(List<ReportFile> files, QueryClient query, Duration timeout)
            throws InterruptedException {
        Map<String, ReportStatus> statuses = new HashMap<>();
        Set<String> pending = new LinkedHashSet<>(files.stream().map(ReportFile::reportId).toList());
        int total = pending.size();
        System.out.printf("waiting for %d reports at %s/reports/{reportId} (timeout %d s)%n",
                total, query.baseUrl(), timeout.toSeconds());
        Instant started = Instant.now();
        Instant deadline = started.plus(timeout);
        Instant nextProgress = started.plus(PROGRESS_INTERVAL);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            for (String reportId : List.copyOf(pending)) {
                query.find(reportId).ifPresent(status -> {
                    statuses.put(reportId, status);
                    if (status.done()) {
                        pending.remove(reportId);
                    }
                });
            }
            if (!pending.isEmpty()) {
                if (Instant.now().isAfter(nextProgress)) {
                    System.out.printf("  %d of %d reports not done yet (%d s)%n", pending.size(), total,
                            Duration.between(started, Instant.now()).toSeconds());
                    nextProgress = nextProgress.plus(PROGRESS_INTERVAL);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        System.out.printf("%d of %d reports done after %.1f s%n", total - pending.size(), total,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return statuses;
    }

    private static Stream<Path> regularFiles(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            return children.filter(Files::isRegularFile)
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
