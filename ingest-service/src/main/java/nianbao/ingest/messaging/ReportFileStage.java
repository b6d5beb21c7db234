package nianbao.ingest.messaging;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.Decoding;
import nianbao.ingest.decoding.DocumentReader;
import nianbao.ingest.decoding.FileNames;
import nianbao.ingest.decoding.MediaTypeSniffer;
import nianbao.ingest.decoding.ReportIds;
import nianbao.ingest.decoding.SourceUrls;
import nianbao.ingest.store.FileLog;
import nianbao.ingest.store.FileRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The pipeline stage report-files → reports-ingested: names each file by the sha256 of its bytes, takes the same
 * bytes only once, decodes the text and emits it; a file that cannot be read becomes a {@code reports-rejected}
 * event instead. The file is recorded before the event is sent, with its topic position, so a redelivery after a
 * crash is processed again while a second copy of the same bytes is skipped. No failure escapes: whatever is thrown
 * while one record is handled, {@link Error}s included, the reader turns into that file's rejection, and anything
 * else into the record's dead letter on {@code report-files-dlq}; the next record is handled as usual. The
 * {@code filename} header is cleaned like an uploaded name ({@link FileNames}); a {@code source-url} header that is no
 * http(s) URL is dropped.
 */
@ApplicationScoped
public class ReportFileStage {

    private final FileLog fileLog;
    private final IngestConfig config;
    private final ReportReader reader;

    public ReportFileStage(FileLog fileLog, IngestConfig config, ReportReader reader) {
        this.fileLog = fileLog;
        this.config = config;
        this.reader = reader;
    }

    @Incoming("report-files")
    @Outgoing("reports-ingested")
    @Blocking
    public Message<Object> ingest(Message<byte[]> message) {
        try {
            return handle(message);
        } catch (Throwable e) {
            Log.errorf(e, "a report-files record could not be handled; it goes to report-files-dlq");
            message.nack(new RecordFailure(e));
            return null;
        }
    }

    private Message<Object> handle(Message<byte[]> message) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        byte[] bytes = message.getPayload() == null ? new byte[0] : message.getPayload();
        String reportId = ReportIds.of(bytes);
        String position = record.getTopic() + "-" + record.getPartition() + "@" + record.getOffset();
        Optional<FileRecord> known = fileLog.find(reportId);
        if (known.isPresent() && !position.equals(known.get().sourcePosition())) {
            Log.infof("%s (%s) was taken in before as %s; skipped", FileNames.clean(header(record, "filename")), position, reportId);
            message.ack();
            return null;
        }
        Decoding decoding = bytes.length > config.maxFileBytes()
                ? new Decoding.Unreadable("file too large: " + bytes.length + " bytes, the limit is " + config.maxFileBytes(), "application/octet-stream")
                : read(bytes);
        String receivedAt = known.map(FileRecord::receivedAt).orElse(Instant.now().toString());
        DocumentDates dates = decoding instanceof Decoding.Text text ? DocumentDates.of(text.dates()) : null;
        OcrInfo ocr = decoding instanceof Decoding.Text text ? OcrInfo.of(text.ocr()) : null;
        SourceInfo source = new SourceInfo(FileNames.clean(header(record, "filename")), decoding.mediaType(), bytes.length,
                reportId, receivedAt, sourceUrl(header(record, "source-url"), reportId), dates, ocr);
        Object event = toEvent(decoding, source);
        boolean rejected = event instanceof RejectedEvent;
        String reason = rejected ? ((RejectedEvent) event).reason() : null;
        if (known.isEmpty() && !fileLog.recordOnce(new FileRecord(reportId, source.fileName(), source.mediaType(), bytes.length,
                receivedAt, rejected ? FileRecord.REJECTED : FileRecord.INGESTED, reason, position))) {
            Log.infof("%s was taken in concurrently from another copy; skipped", reportId);
            message.ack();
            return null;
        }
        Log.debugf("%s %s (%s): %s", rejected ? "rejected" : "ingested", reportId, source.fileName(), reason);
        var out = OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId);
        return message.withPayload(event).addMetadata(rejected ? out.withTopic(RejectedEvent.TOPIC).build() : out.build());
    }

    private static Object toEvent(Decoding decoding, SourceInfo source) {
        String now = Instant.now().toString();
        if (decoding instanceof Decoding.Unreadable unreadable) {
            return RejectedEvent.of(source, unreadable.reason(), now);
        }
        Decoding.Text text = (Decoding.Text) decoding;
        return IngestedEvent.of(source, text.charset(), text.contentType(), text.text(), now);
    }

    /** The reader's decoding; whatever it throws, Errors included, is the file's rejection with the bound or damage. */
    private Decoding read(byte[] bytes) {
        try {
            return reader.read(bytes);
        } catch (Throwable e) {
            String seen = MediaTypeSniffer.binaryType(bytes);
            return DocumentReader.failure(e, seen != null ? seen : "text/plain");
        }
    }

    private static String sourceUrl(String header, String reportId) {
        if (header == null) {
            return null;
        }
        Optional<String> web = SourceUrls.web(header);
        if (web.isEmpty()) {
            Log.infof("%s: the source-url header is no http(s) URL; dropped", reportId);
        }
        return web.orElse(null);
    }

    /** The failure a dead letter carries: what was thrown, by kind only (its text may hold internal details). */
    static final class RecordFailure extends RuntimeException {

        RecordFailure(Throwable cause) {
            super("ingest-service could not handle the record (" + cause.getClass().getSimpleName() + ")", null, false, false);
        }
    }

    private static String header(IncomingKafkaRecordMetadata<?, ?> record, String name) {
        for (Header header : record.getHeaders()) {
            if (header.key().equalsIgnoreCase(name) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
