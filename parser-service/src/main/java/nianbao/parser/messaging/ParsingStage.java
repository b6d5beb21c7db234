package nianbao.parser.messaging;

import nianbao.processing.BatchAcks;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.NotAReport;
import nianbao.parser.parsing.OverLimit;
import nianbao.parser.parsing.ReportParser;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline stage reports-ingested → reports-parsed. Records come in batches (docs/processing-model.md), parsed
 * one after another in their order on a worker thread; the batch is committed once every event it gave is acknowledged.
 * A report the parser cannot handle becomes a {@code reports-rejected} event (same output channel, topic set per
 * record); an event that is not a {@code reports-ingested.v1} event at all (not JSON, or JSON of another shape) emits
 * nothing and is dead-lettered alone into {@code reports-ingested-dlq}, its batch neighbours go on. A file beyond the
 * parser's bounds is rejected with the bound it broke; any other failure of one record, an {@code Error} included, is
 * that record's rejection and the next record is read.
 */
@ApplicationScoped
public class ParsingStage {

    private final ReportParser parser;

    public ParsingStage(ReportParser parser) {
        this.parser = parser;
    }

    @Incoming("reports-ingested")
    @Outgoing("reports-parsed")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Multi<Message<Object>> parse(KafkaRecordBatch<String, IngestedEvent> batch) {
        return Uni.createFrom().item(() -> handle(batch)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(events -> Multi.createFrom().iterable(events));
    }

    private List<Message<Object>> handle(KafkaRecordBatch<String, IngestedEvent> batch) {
        BatchAcks acks = new BatchAcks(batch);
        List<Message<Object>> events = new ArrayList<>();
        for (KafkaRecord<String, IngestedEvent> record : batch.getRecords()) {
            IngestedEvent event = record.getPayload();
            if (event == null || event.reportId() == null || event.text() == null) {
                acks.deadLetter(record, new IllegalArgumentException("not a reports-ingested.v1 event (undecodable, or no reportId or text)"));
            } else {
                events.add(acks.output(record, parse(event)));
            }
        }
        acks.sealed();
        return events;
    }

    /** The parsed event of one report, or its rejection; never throws. */
    private Message<Object> parse(IngestedEvent event) {
        String fileName = event.source() == null ? null : event.source().fileName();
        try {
            ParsedReport report = parser.parse(event.reportId(), event.text(), event.textType(), event.source());
            if (NotAReport.test(report)) {
                return rejected(event.reportId(), fileName, NotAReport.REASON);
            }
            Log.debugf("parsed %s (%s %s): %d diagnostics", event.reportId(), report.agency(), report.year(),
                    report.diagnostics().size());
            return Message.of((Object) ParsedEvent.of(report)).addMetadata(keyed(event.reportId(), null));
        } catch (OverLimit e) {
            Log.infof("rejected %s (%s): %s", event.reportId(), fileName, e.getMessage());
            return rejected(event.reportId(), fileName, e.getMessage());
        } catch (Throwable e) {
            // Errors included (a StackOverflowError on a pathological input): one record's failure is that record's
            // rejection, never the channel's end. A JVM that runs out of memory exits (-XX:+ExitOnOutOfMemoryError)
            // before it gets here and is restarted; the record is then refused by the bounds, not read again whole.
            Log.warnf(e, "could not parse %s (%s)", event.reportId(), fileName);
            return rejected(event.reportId(), fileName,
                    "parser failed: " + e.getClass().getSimpleName() + " while reading this file; it is kept and can be sent again");
        }
    }

    private static Message<Object> rejected(String reportId, String fileName, String reason) {
        RejectedEvent rejected = RejectedEvent.of(reportId, fileName, reason);
        return Message.of((Object) rejected).addMetadata(keyed(reportId, RejectedEvent.TOPIC));
    }

    private static OutgoingKafkaRecordMetadata<String> keyed(String reportId, String topic) {
        var builder = OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId);
        return topic == null ? builder.build() : builder.withTopic(topic).build();
    }
}
