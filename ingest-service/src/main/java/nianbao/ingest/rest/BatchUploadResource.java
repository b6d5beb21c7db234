package nianbao.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nianbao.ingest.decoding.ReportIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /reports/batch}: several report files at once, as multipart parts named {@code file} or as one zip
 * (each entry one file). Each file is answered like {@code POST /reports}: ACCEPTED, DUPLICATE (also for the
 * same bytes twice in one batch) or TOO_LARGE.
 */
@Path("/reports/batch")
public class BatchUploadResource {

    private final Uploads uploads;

    public BatchUploadResource(Uploads uploads) {
        this.uploads = uploads;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload several report files as multipart parts named 'file'")
    public Response uploadParts(@RestForm("file") List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "a batch upload needs parts named 'file'")).build();
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
            + "400 when the body is no zip or holds more entries or bytes than a batch may.")
    public Response uploadZip(byte[] body) {
        ZipBatch.Result batch = ZipBatch.read(body == null ? new byte[0] : body, uploads.maxFileBytes());
        if (batch.error() != null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", batch.error())).build();
        }
        List<UploadAnswer> answers = new ArrayList<>();
        for (ZipBatch.Entry entry : batch.entries()) {
            answers.add(entry.bytes() == null
                    ? uploads.notSubmitted(Uploads.TOO_LARGE, entry.name(), entry.size())
                    : submitOnce(entry.bytes(), entry.name(), answers));
        }
        return Response.ok(new BatchAnswer(answers.size(), answers)).build();
    }

    /** Submits a file unless the same bytes came earlier in this batch: then it is a DUPLICATE of that one. */
    private UploadAnswer submitOnce(byte[] bytes, String fileName, List<UploadAnswer> earlier) {
        String reportId = ReportIds.of(bytes);
        return earlier.stream().filter(a -> reportId.equals(a.reportId())).findFirst()
                .map(a -> new UploadAnswer(reportId, Uploads.DUPLICATE, fileName, bytes.length, a.report(), a.findings()))
                .orElseGet(() -> uploads.submit(bytes, fileName, null));
    }
}
