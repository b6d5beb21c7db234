package nianbao.query.messaging;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nianbao.query.store.DeadLetter;
import nianbao.query.store.ReportStore;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Records every record a stage gave up on (the channel {@code dead-letters}: the five {@code <topic>-dlq} topics of
 * docs/events.md, by name) as a dead letter under the record's key, so that nothing disappears silently. A store that
 * fails is retried with backoff; if it still fails the record is nacked, and the channel's failure strategy
 * ({@code fail}) stops the channel and reports it in the health checks, uncommitted, rather than dropping the record.
 */
@ApplicationScoped
public class DeadLetterProjector {

    /** Where a dead letter goes: the read model ({@link ReportStore#saveDeadLetter}). */
    @FunctionalInterface
    interface Recorder {
        void record(String reportId, DeadLetter deadLetter, String fileName);
    }

    private final Recorder recorder;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final int retries;

    @Inject
    public DeadLetterProjector(ReportStore store, ValidationFeed feed) {
        this((reportId, deadLetter, fileName) -> {
            if (store.saveDeadLetter(reportId, deadLetter, fileName)) {
                feed.publish("rejected", reportId, deadLetter.at());
            }
        }, Duration.ofMillis(200), Duration.ofSeconds(10), 20);
    }

    DeadLetterProjector(Recorder recorder, Duration firstBackoff, Duration maxBackoff, int retries) {
        this.recorder = recorder;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.retries = retries;
    }

    @Incoming("dead-letters")
    public Uni<Void> onDeadLetter(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        if (record == null) {
            return Uni.createFrom().completionStage(message.nack(new IllegalStateException("a dead letter without its Kafka record")));
        }
        String key = record.getKey() == null ? null : record.getKey().toString();
        String reportId = key != null && !key.isBlank() ? key
                : "dead-letter:" + record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
        // a record query-service refused for its size says so in its own header; the dead-letter reason is generic then
        String refused = header(record, JsonEventDeserializer.REFUSED_HEADER);
        DeadLetter deadLetter = new DeadLetter(record.getTopic(), record.getPartition(), record.getOffset(),
                refused != null ? refused : header(record, "dead-letter-reason"),
                record.getTimestamp() == null ? null : record.getTimestamp().toString());
        String fileName = header(record, "filename");
        return Uni.createFrom().item(() -> {
                    recorder.record(reportId, deadLetter, fileName);
                    return reportId;
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().invoke(e -> Log.warnf("dead letter on %s for %s: could not record it (%s); retrying",
                        record.getTopic(), reportId, e.toString()))
                .onFailure().retry().withBackOff(firstBackoff, maxBackoff).atMost(retries)
                .onItemOrFailure().transformToUni((recorded, failure) -> {
                    if (failure != null) {
                        Log.errorf("dead letter on %s@%d for %s not recorded after %d retries; stopping the channel",
                                record.getTopic(), record.getOffset(), reportId, retries);
                        return Uni.createFrom().completionStage(message.nack(failure));
                    }
                    Log.infof("dead letter on %s for %s: %s", record.getTopic(), reportId, deadLetter.reason());
                    return Uni.createFrom().completionStage(message.ack());
                });
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
