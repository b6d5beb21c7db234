package nianbao.parser.messaging;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.NotAReport;
import nianbao.parser.parsing.ReportParser;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The pipeline stage reports-ingested → reports-parsed. A report the parser cannot handle becomes a
 * {@code reports-rejected} event (same output channel, topic set per record); an event that is not a
 * {@code reports-ingested.v1} event at all (not JSON, or JSON of another shape) is nacked, emits nothing and lands
 * in {@code reports-ingested-dlq}.
 */
@ApplicationScoped
public class ParsingStage {

    private final ReportParser parser;

    public ParsingStage(ReportParser parser) {
        this.parser = parser;
    }

    @Incoming("reports-ingested")
    @Outgoing("reports-parsed")
    public Message<Object> parse(Message<IngestedEvent> message) {
        IngestedEvent event = message.getPayload();
        if (event == null || event.reportId() == null || event.text() == null) {
            // nacked, never thrown: an exception thrown by a processor method fails its whole stream and the
            // channel stops; the nack sends the record to reports-ingested-dlq and the next one is processed
            message.nack(new IllegalArgumentException("not a reports-ingested.v1 event (undecodable, or no reportId or text)"));
            return null;
        }
        String fileName = event.source() == null ? null : event.source().fileName();
        try {
            ParsedReport report = parser.parse(event.reportId(), event.text(), event.textType(), event.source());
            if (NotAReport.test(report)) {
                RejectedEvent rejected = RejectedEvent.of(event.reportId(), fileName, NotAReport.REASON);
                return message.withPayload((Object) rejected).addMetadata(keyed(event.reportId(), RejectedEvent.TOPIC));
            }
            Log.debugf("parsed %s (%s %s): %d diagnostics", event.reportId(), report.agency(), report.year(),
                    report.diagnostics().size());
            return message.withPayload((Object) ParsedEvent.of(report)).addMetadata(keyed(event.reportId(), null));
        } catch (RuntimeException e) {
            Log.warnf(e, "could not parse %s (%s)", event.reportId(), fileName);
            RejectedEvent rejected = RejectedEvent.of(event.reportId(), fileName, "parser failed: " + e);
            return message.withPayload((Object) rejected).addMetadata(keyed(event.reportId(), RejectedEvent.TOPIC));
        }
    }

    private static OutgoingKafkaRecordMetadata<String> keyed(String reportId, String topic) {
        var builder = OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId);
        return topic == null ? builder.build() : builder.withTopic(topic).build();
    }
}
