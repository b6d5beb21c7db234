package nianbao.ingest.rest;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.FileNames;
import nianbao.ingest.decoding.ReportIds;
import nianbao.ingest.decoding.SourceUrls;
import nianbao.ingest.store.FileLog;
import nianbao.ingest.store.FileRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts an uploaded file onto {@code report-files} (the same path as a file published with kcat), awaiting the
 * broker's acknowledgement; the same bytes again are answered DUPLICATE with the existing reportId.
 */
@ApplicationScoped
public class Uploads {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String EMPTY = "EMPTY";

    private final MutinyEmitter<byte[]> uploads;
    private final FileLog fileLog;
    private final IngestConfig config;

    public Uploads(@Channel("report-uploads") MutinyEmitter<byte[]> uploads, FileLog fileLog, IngestConfig config) {
        this.uploads = uploads;
        this.fileLog = fileLog;
        this.config = config;
    }

    /** True when there is no source URL, or it is an http(s) URL. */
    static boolean acceptableSourceUrl(String sourceUrl) {
        return sourceUrl == null || sourceUrl.isBlank() || SourceUrls.web(sourceUrl).isPresent();
    }

    /**
     * Submits one file under its cleaned name ({@link FileNames}); over the size limit nothing is sent and the answer
     * is TOO_LARGE, an empty file is not sent either (EMPTY). A source URL that is no http(s) URL is not sent on.
     */
    public UploadAnswer submit(byte[] bytes, String rawName, String rawSourceUrl) {
        String fileName = FileNames.clean(rawName);
        String sourceUrl = SourceUrls.web(rawSourceUrl).orElse(null);
        if (bytes.length == 0) {
            return notSubmitted(EMPTY, fileName, 0);
        }
        String reportId = ReportIds.of(bytes);
        if (bytes.length > config.maxFileBytes()) {
            return answer(reportId, TOO_LARGE, fileName, bytes.length);
        }
        Optional<FileRecord> known = fileLog.find(reportId);
        if (known.isPresent()) {
            return answer(reportId, DUPLICATE, known.get().fileName(), bytes.length);
        }
        RecordHeaders headers = new RecordHeaders();
        if (fileName != null) {
            headers.add("filename", fileName.getBytes(StandardCharsets.UTF_8));
        }
        if (sourceUrl != null) {
            headers.add("source-url", sourceUrl.getBytes(StandardCharsets.UTF_8));
        }
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(reportId).withHeaders(headers).build();
        uploads.sendMessageAndAwait(Message.of(bytes).addMetadata(metadata));
        return answer(reportId, ACCEPTED, fileName, bytes.length);
    }

    /** An answer for a file that was not submitted, e.g. too large (its size counted up to the limit). */
    public UploadAnswer notSubmitted(String status, String fileName, long size) {
        return new UploadAnswer(null, status, FileNames.clean(fileName), size, null, null);
    }

    public String tooLargeMessage(long size) {
        return "file too large: " + size + " bytes, the limit is " + config.maxFileBytes();
    }

    public long maxFileBytes() {
        return config.maxFileBytes();
    }

    private UploadAnswer answer(String reportId, String status, String fileName, long size) {
        String report = config.queryBaseUrl() + "/reports/" + reportId;
        return new UploadAnswer(reportId, status, fileName, size, report, report + "/findings");
    }
}
