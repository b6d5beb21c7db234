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
import java.util.Map;

/**
 * {@code POST /reports}: a report file uploaded over HTTP goes onto {@code report-files}, the same path as a file
 * published with kcat. The same bytes uploaded again are acknowledged with the existing reportId.
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
            description = "Name the file with the X-File-Name header or the fileName query parameter. 202: accepted; 200: the same bytes were uploaded before; 413: over 20 MiB.")
    public Response upload(byte[] body, @HeaderParam("X-File-Name") String headerName,
                           @QueryParam("fileName") String queryName, @HeaderParam("X-Source-Url") String sourceUrl) {
        return answer(uploads.submit(body == null ? new byte[0] : body, headerName != null ? headerName : queryName, sourceUrl));
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
        if (file.size() > uploads.maxFileBytes()) {
            return answer(uploads.notSubmitted(Uploads.TOO_LARGE, file.fileName(), file.size()));
        }
        try {
            return answer(uploads.submit(Files.readAllBytes(file.uploadedFile()), file.fileName(), sourceUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response answer(UploadAnswer answer) {
        return switch (answer.status()) {
            case Uploads.TOO_LARGE -> Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                    .entity(Map.of("error", uploads.tooLargeMessage(answer.sizeBytes()))).build();
            case Uploads.DUPLICATE -> Response.ok(answer).build();
            default -> Response.accepted(answer).build();
        };
    }
}
