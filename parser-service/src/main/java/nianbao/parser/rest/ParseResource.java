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
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse a report's text without storing it", description = "The body is the report as UTF-8 text.")
    public ParsedReport parse(String text, @QueryParam("fileName") String fileName) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha256 = sha256(bytes);
        SourceInfo source = new SourceInfo(fileName, MediaType.TEXT_PLAIN, (long) bytes.length, sha256, null, null);
        return parser.parse(sha256, text, source);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
