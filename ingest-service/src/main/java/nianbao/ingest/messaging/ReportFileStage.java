package nianbao.ingest.messaging;

import nianbao.processing.BatchAcks;
import nianbao.processing.StoreRetry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
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
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline stage report-files → reports-ingested: names each file by the sha256 of its bytes, takes the same
 * bytes only once, decodes the text and emits it; a file that cannot be read becomes a {@code reports-rejected}
 * event instead. Records come in batches (docs: the processing model): the batch's known files are read in one query,
 * its new files recorded in one bulk insert, with their topic position, before any event is sent, so a redelivery after
 * a crash is processed again while a second copy of the same bytes (in the same batch or not) is skipped. A store that
 * cannot be reached is waited for ({@link StoreRetry}); nothing is dead-lettered for it. No failure of one record
 * escapes: whatever is thrown while it is read, {@link Error}s included, the reader turns into that file's rejection;
 * a store that refuses the batch for good is tried record by record, and the record it refuses goes to
 * {@code report-files-dlq} alone. The {@code filename} header is cleaned like an uploaded name ({@link FileNames}); a
 * {@code source-url} header that is no http(s) URL is dropped.
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
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Multi<Message<Object>> ingest(KafkaRecordBatch<String, byte[]> batch) {
        return Uni.createFrom().item(() -> handle(batch)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(events -> Multi.createFrom().iterable(events));
    }

    private List<Message<Object>> handle(KafkaRecordBatch<String, byte[]> batch) {
        BatchAcks acks = new BatchAcks(batch);
        List<Output> outputs;
        try {
            outputs = handle(batch.getRecords());
        } catch (Throwable e) {
            Log.warnf("a batch of %d report-files records failed (%s); handling its records one by one", batch.getRecords().size(),
                    e.getClass().getSimpleName());
            outputs = new ArrayList<>();
            for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
                try {
                    outputs.addAll(handle(List.of(record)));
                } catch (Throwable one) {
                    Log.errorf(one, "a report-files record could not be handled; it goes to report-files-dlq");
                    acks.deadLetter(record, new RecordFailure(one));
                }
            }
        }
        List<Message<Object>> events = outputs.stream().map(o -> acks.output(o.source(), o.event())).toList();
        acks.sealed();
        return events;
    }

    /** The events of these records, the files recorded first; a store that cannot be reached is waited for. */
    private List<Output> handle(List<KafkaRecord<String, byte[]>> records) {
        List<String> ids = records.stream().map(r -> ReportIds.of(bytes(r))).toList();
        Map<String, FileRecord> taken = new HashMap<>(StoreRetry.call("read the files of a batch", () -> fileLog.findAll(ids)));
        List<FileRecord> toRecord = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            KafkaRecord<String, byte[]> record = records.get(i);
            String reportId = ids.get(i);
            String position = position(record);
            FileRecord known = taken.get(reportId);
            if (known != null && !position.equals(known.sourcePosition())) {
                Log.infof("%s (%s) was taken in before as %s; skipped", FileNames.clean(header(record, "filename")), position, reportId);
                continue;
            }
            Candidate candidate = candidate(record, reportId, position, known);
            if (known == null) {
                toRecord.add(candidate.file());
                taken.put(reportId, candidate.file());
            }
            candidates.add(candidate);
        }
        Map<String, FileRecord> before = StoreRetry.call("record the files of a batch", () -> fileLog.recordAll(toRecord));
        List<Output> outputs = new ArrayList<>();
        for (Candidate c : candidates) {
            FileRecord there = before.get(c.file().reportId());
            if (there != null && !c.file().sourcePosition().equals(there.sourcePosition())) {
                Log.infof("%s was taken in concurrently from another copy; skipped", c.file().reportId());
                continue;
            }
            Log.debugf("%s %s (%s): %s", c.file().status(), c.file().reportId(), c.file().fileName(), c.file().reason());
            var out = OutgoingKafkaRecordMetadata.<String>builder().withKey(c.file().reportId());
            boolean rejected = c.event() instanceof RejectedEvent;
            outputs.add(new Output(c.record(), Message.of(c.event())
                    .addMetadata(rejected ? out.withTopic(RejectedEvent.TOPIC).build() : out.build())));
        }
        return outputs;
    }

    /** The file read, its event and what is recorded of it. */
    private Candidate candidate(KafkaRecord<String, byte[]> record, String reportId, String position, FileRecord known) {
        byte[] bytes = bytes(record);
        Decoding decoding = bytes.length > config.maxFileBytes()
                ? new Decoding.Unreadable("file too large: " + bytes.length + " bytes, the limit is " + config.maxFileBytes(), "application/octet-stream")
                : read(bytes);
        String receivedAt = known != null ? known.receivedAt() : Instant.now().toString();
        DocumentDates dates = decoding instanceof Decoding.Text text ? DocumentDates.of(text.dates()) : null;
        OcrInfo ocr = decoding instanceof Decoding.Text text ? OcrInfo.of(text.ocr()) : null;
        SourceInfo source = new SourceInfo(FileNames.clean(header(record, "filename")), decoding.mediaType(), bytes.length,
                reportId, receivedAt, sourceUrl(header(record, "source-url"), reportId), dates, ocr);
        Object event = toEvent(decoding, source);
        boolean rejected = event instanceof RejectedEvent;
        FileRecord file = new FileRecord(reportId, source.fileName(), source.mediaType(), bytes.length, receivedAt,
                rejected ? FileRecord.REJECTED : FileRecord.INGESTED, rejected ? ((RejectedEvent) event).reason() : null, position);
        return new Candidate(record, event, file);
    }

    /** Where the record is: {@code <topic>-<partition>@<offset>}. */
    private static String position(KafkaRecord<?, ?> record) {
        long offset = record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L);
        return record.getTopic() + "-" + record.getPartition() + "@" + offset;
    }

    private static byte[] bytes(KafkaRecord<String, byte[]> record) {
        return record.getPayload() == null ? new byte[0] : record.getPayload();
    }

    /** A record read, with its event and its file record. */
    private record Candidate(KafkaRecord<String, byte[]> record, Object event, FileRecord file) {
    }

    /** An event to send, with the record it came from. */
    private record Output(KafkaRecord<String, byte[]> source, Message<Object> event) {
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

    private static String header(KafkaRecord<?, ?> record, String name) {
        for (Header header : record.getHeaders()) {
            if (header.key().equalsIgnoreCase(name) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
