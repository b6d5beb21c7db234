package nianbao.tools;

import nianbao.support.kafka.EmbeddedKafkaBroker;

import java.util.List;
import java.util.stream.Stream;

/** The pipeline's topics and the message limit every one of them gets. */
public final class Topics {

    /** 24 MiB: files up to 20 MiB travel whole, plus headers and the event envelope. */
    public static final int MAX_MESSAGE_BYTES = EmbeddedKafkaBroker.MAX_MESSAGE_BYTES;

    /** Raw file bytes, keyed by the sha256 hex of the bytes. */
    public static final String REPORT_FILES = "report-files";

    /** The event topics, in pipeline order. */
    public static final List<String> EVENTS = List.of(
            REPORT_FILES, "reports-ingested", "reports-parsed", "reports-validated", "reports-rejected");

    /** The event topics followed by one dead-letter topic for each. */
    public static final List<String> ALL = Stream.concat(
            EVENTS.stream(), EVENTS.stream().map(topic -> topic + "-dlq")).toList();

    /**
     * The topics kept forever ({@code retention.ms=-1}): every event topic and dead-letter topic, because they are the
     * record query-service rebuilds its store from. Not {@link #REPORT_FILES}: raw files of up to 20 MiB each, read
     * once by ingest-service, so it keeps the broker's default retention.
     */
    public static final List<String> KEPT_FOREVER = ALL.stream().filter(t -> !t.equals(REPORT_FILES)).toList();

    private Topics() {
    }
}
