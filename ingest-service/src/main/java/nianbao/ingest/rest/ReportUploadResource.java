package nianbao.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * {@code POST /reports}: a report file uploaded over HTTP goes onto {@code report-files}, the same path as a file
 * published with kcat. The same bytes uploaded again are acknowledged with the existing reportId. An empty file or a
 * {@code sourceUrl} that is no http(s) URL is refused at once with 400.
 */
@Path("/reports")
public class ReportUploadResource {

    private final Uploads uploads;

    public ReportUploadResource(Uploads uploads) {
        this.uploads = uploads;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one report file as the request body",
            description = "Name the file with the X-File-Name header or the fileName query parameter; X-Source-Url: where it "
                    + "was published (http or https). 202: accepted; 200: the same bytes were uploaded before; 400: empty "
                    + "file or a sourceUrl that is no http(s) URL; 413: over 20 MiB.")
    public Response upload(byte[] body, @HeaderParam("X-File-Name") String headerName,
                           @QueryParam("fileName") String queryName, @HeaderParam("X-Source-Url") String sourceUrl) {
        byte[] bytes = body == null ? new byte[0] : body;
        return refusal(bytes.length, sourceUrl)
                .orElseGet(() -> answer(uploads.submit(bytes, headerName != null ? headerName : queryName, sourceUrl)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload one report file as the multipart part 'file' (and optionally the part 'sourceUrl')")
    public Response uploadForm(@RestForm("file") FileUpload file, @RestForm("sourceUrl") String sourceUrl) {
        if (file == null) {
            return ErrorAnswer.badRequest("multipart upload needs a part named 'file'");
        }
        if (file.size() > uploads.maxFileBytes()) {
            return answer(uploads.notSubmitted(Uploads.TOO_LARGE, file.fileName(), file.size()));
        }
        return refusal(file.size(), sourceUrl).orElseGet(() -> {
            try {
                return answer(uploads.submit(Files.readAllBytes(file.uploadedFile()), file.fileName(), sourceUrl));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A 400 for what is refused before anything is sent: an empty file, a source URL that is no web address. */
    private java.util.Optional<Response> refusal(long size, String sourceUrl) {
        if (size == 0) {
            return java.util.Optional.of(ErrorAnswer.badRequest("empty file: the upload has no bytes"));
        }
        if (!Uploads.acceptableSourceUrl(sourceUrl)) {
            return java.util.Optional.of(ErrorAnswer.badRequest("sourceUrl must be an http or https URL"));
        }
        return java.util.Optional.empty();
    }

    private Response answer(UploadAnswer answer) {
        return switch (answer.status()) {
            case Uploads.TOO_LARGE -> ErrorAnswer.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    uploads.tooLargeMessage(answer.sizeBytes()));
            case Uploads.DUPLICATE -> Response.ok(answer).build();
            default -> Response.accepted(answer).build();
        };
    }
}
