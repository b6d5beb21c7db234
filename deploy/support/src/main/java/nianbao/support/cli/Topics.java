package nianbao.support.cli;

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

    private Topics() {
    }
}
