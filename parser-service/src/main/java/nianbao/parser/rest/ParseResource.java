package nianbao.parser.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.model.SourceInfo;
import nianbao.parser.parsing.ReportParser;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code POST /parse}: a draft report's text in, the contract JSON with diagnostics out; nothing is stored. */
@Path("/parse")
public class ParseResource {

    private final ReportParser parser;

    public ParseResource(ReportParser parser) {
        this.parser = parser;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse a report's text or web page without storing it",
            description = "The body is the report as UTF-8 text, markdown or HTML (Content-Type text/html).")
    public ParsedReport parse(String text, @QueryParam("fileName") String fileName,
                              @jakarta.ws.rs.HeaderParam("Content-Type") String contentType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(bytes);
        String mediaType = contentType != null && contentType.startsWith(MediaType.TEXT_HTML) ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        SourceInfo source = new SourceInfo(fileName, mediaType, (long) bytes.length, sha256, null, null);
        return parser.parse(sha256, text, mediaType, source);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
