package nianbao.parser.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nianbao.parser.config.ParserConfig;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.model.SourceInfo;
import nianbao.parser.parsing.NotAReport;
import nianbao.parser.parsing.ReportParser;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /parse}: a draft report's text in, the contract JSON with diagnostics out; nothing is stored. Open to
 * anyone, so bounded: the body by {@code quarkus.http.limits.max-body-size} (413 above it), the parses running at
 * once by {@code nianbao.parser.max-concurrent-parses} (429 beyond it), the document by the parser's own bounds
 * (400 naming the bound); text that is no annual report at all is a 400 with the reason.
 */
@Path("/parse")
public class ParseResource {

    private final ReportParser parser;
    private final Semaphore parses;

    public ParseResource(ReportParser parser, ParserConfig config) {
        this.parser = parser;
        this.parses = new Semaphore(config.maxConcurrentParses());
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Parse a report's text or web page without storing it",
            description = "The body is the report as UTF-8 text, markdown or HTML (Content-Type text/html), at most 1 MiB. "
                    + "429 when too many parses run at once; 400 when the document breaks one of the parser's bounds.")
    public Response parse(String text, @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String contentType) {
        if (text == null || text.isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "empty body: send the report's text or web page");
        }
        if (!parses.tryAcquire()) {
            return Problem.response(Response.Status.TOO_MANY_REQUESTS, "too many reports are being parsed at once; try again shortly");
        }
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String sha256 = sha256(bytes);
            String mediaType = contentType != null && contentType.startsWith(MediaType.TEXT_HTML) ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
            SourceInfo source = new SourceInfo(FileNames.clean(fileName), mediaType, (long) bytes.length, sha256, null, null);
            ParsedReport report = parser.parse(sha256, text, mediaType, source);
            if (NotAReport.test(report)) {
                return Problem.response(Response.Status.BAD_REQUEST, NotAReport.REASON);
            }
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        } finally {
            parses.release();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
