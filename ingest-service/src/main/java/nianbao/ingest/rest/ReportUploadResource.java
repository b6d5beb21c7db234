package nianbao.ingest.rest;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.ReportIds;
import nianbao.ingest.store.FileLog;
import nianbao.ingest.store.FileRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /reports}: a report file uploaded over HTTP goes onto {@code report-files}, the same path as a file
 * published with kcat. The same bytes uploaded again are acknowledged with the existing reportId.
 */
@Path("/reports")
public class ReportUploadResource {

    private final MutinyEmitter<byte[]> uploads;
    private final FileLog fileLog;
    private final IngestConfig config;

    public ReportUploadResource(@Channel("report-uploads") MutinyEmitter<byte[]> uploads, FileLog fileLog,
                                IngestConfig config) {
        this.uploads = uploads;
        this.fileLog = fileLog;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one report file as the request body",
            description = "Name the file with the X-File-Name header or the fileName query parameter. 202: accepted; 200: the same bytes were uploaded before; 413: over 20 MiB.")
    public Response upload(byte[] body, @HeaderParam("X-File-Name") String headerName,
                           @QueryParam("fileName") String queryName, @HeaderParam("X-Source-Url") String sourceUrl) {
        return accept(body == null ? new byte[0] : body, headerName != null ? headerName : queryName, sourceUrl);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one report file as the multipart part 'file'")
    public Response uploadForm(@RestForm("file") FileUpload file, @RestForm("sourceUrl") String sourceUrl) {
        if (file == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "multipart upload needs a part named 'file'")).build();
        }
        try {
            return accept(Files.readAllBytes(file.uploadedFile()), file.fileName(), sourceUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response accept(byte[] bytes, String fileName, String sourceUrl) {
        if (bytes.length > config.maxFileBytes()) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(Map.of("error", "file too large: " + bytes.length + " bytes, the limit is " + config.maxFileBytes()))
                    .build();
        }
        String reportId = ReportIds.of(bytes);
        Optional<FileRecord> known = fileLog.find(reportId);
        if (known.isPresent()) {
            return Response.ok(answer(reportId, "DUPLICATE", known.get().fileName(), bytes.length)).build();
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
        return Response.accepted(answer(reportId, "ACCEPTED", fileName, bytes.length)).build();
    }

    private UploadAnswer answer(String reportId, String status, String fileName, long size) {
        String report = config.queryBaseUrl() + "/reports/" + reportId;
        return new UploadAnswer(reportId, status, fileName, size, report, report + "/findings");
    }
}
