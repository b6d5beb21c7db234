package nianbao.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.FileNames;
import nianbao.ingest.decoding.ReportIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /reports/batch}: several report files at once, as multipart parts named {@code file} or as one zip
 * (each entry one file). Each file is answered like {@code POST /reports}: ACCEPTED, DUPLICATE (also for the
 * same bytes twice in one batch), TOO_LARGE or EMPTY (neither is sent). A zip over the batch bounds is refused
 * as a whole with 400 before any of its files is sent ({@link ZipBatch}).
 */
@Path("/reports/batch")
public class BatchUploadResource {

    private final Uploads uploads;
    private final IngestConfig config;

    public BatchUploadResource(Uploads uploads, IngestConfig config) {
        this.uploads = uploads;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload several report files as multipart parts named 'file'")
    public Response uploadParts(@RestForm("file") List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            return ErrorAnswer.badRequest("a batch upload needs parts named 'file'");
        }
        List<UploadAnswer> answers = new ArrayList<>();
        for (FileUpload file : files) {
            if (file.size() > uploads.maxFileBytes()) {
                answers.add(uploads.notSubmitted(Uploads.TOO_LARGE, file.fileName(), file.size()));
                continue;
            }
            try {
                answers.add(submitOnce(Files.readAllBytes(file.uploadedFile()), file.fileName(), answers));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Response.ok(new BatchAnswer(answers.size(), answers)).build();
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a zip of report files", description = "Each entry is one file; directories are skipped. "
            + "400, with nothing sent, when the body is no zip or holds more entries or inflates to more bytes than a batch may.")
    public Response uploadZip(byte[] body) {
        List<UploadAnswer> answers = new ArrayList<>();
        try {
            ZipBatch.unpack(body == null ? new byte[0] : body, config, entry -> answers.add(entry.bytes() == null
                    ? uploads.notSubmitted(Uploads.TOO_LARGE, entry.name(), entry.size())
                    : submitOnce(entry.bytes(), entry.name(), answers)));
        } catch (ZipBatch.Refused refused) {
            return ErrorAnswer.badRequest(refused.getMessage());
        }
        return Response.ok(new BatchAnswer(answers.size(), answers)).build();
    }

    /** Submits a file unless the same bytes came earlier in this batch: then it is a DUPLICATE of that one. */
    private UploadAnswer submitOnce(byte[] bytes, String fileName, List<UploadAnswer> earlier) {
        if (bytes.length == 0) {
            return uploads.notSubmitted(Uploads.EMPTY, fileName, 0);
        }
        String reportId = ReportIds.of(bytes);
        return earlier.stream().filter(a -> reportId.equals(a.reportId())).findFirst()
                .map(a -> new UploadAnswer(reportId, Uploads.DUPLICATE, FileNames.clean(fileName), bytes.length, a.report(), a.findings()))
                .orElseGet(() -> uploads.submit(bytes, fileName, null));
    }
}
