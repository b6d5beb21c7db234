package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import nianbao.validation.config.ValidationConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls parser-service's {@code POST /parse} (the JDK's HTTP client: the REST client extension is not served here).
 * Its failures become problems that name neither its address nor its errors' text: those go to the log.
 */
@ApplicationScoped
public class ParserClient {

    /** The most of parser-service's answer read: a parsed report of a draft within the body limit is far smaller. */
    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json;
    private final String parseUrl;

    public ParserClient(ValidationConfig config, ObjectMapper json) {
        this.json = json;
        this.parseUrl = config.parserUrl() + "/parse";
    }

    /**
     * Why the parser refused a draft, when it says so in words meant for the user (a bound it broke, no annual report,
     * an empty body); otherwise a general sentence. Nothing else of its answer is passed on.
     */
    private String readableReason(InputStream body) {
        try {
            String detail = json.readTree(body.readNBytes(4096)).path("detail").asText("");
            if (detail.startsWith("over limit:") || detail.startsWith("not an annual report") || detail.startsWith("empty body")) {
                return detail.length() > 300 ? detail.substring(0, 300) : detail;
            }
        } catch (IOException | RuntimeException e) {
            Log.debugf("parser's refusal not readable: %s", e.toString());
        }
        return "the draft could not be read as an annual report";
    }

    /** The draft parsed into the report contract; a problem (400, 413, 429, 502, 503) when it cannot be. */
    public JsonNode parse(String draft, String contentType, String fileName) {
        String url = fileName == null ? parseUrl : parseUrl + "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(draft, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 200) {
                    byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
                    if (bytes.length > MAX_ANSWER_BYTES) {
                        throw new ProblemException(502, "the parsed draft is too large to check");
                    }
                    return json.readTree(bytes);
                }
                Log.warnf("parser-service answered %d to a draft", status);
                throw switch (status) {
                    case 400, 422 -> new ProblemException(400, readableReason(body));
                    case 413 -> new ProblemException(413, "the draft is too large to parse");
                    case 415 -> new ProblemException(400, "the draft must be text, markdown or a web page");
                    case 429 -> new ProblemException(429, "too many drafts are being checked at once; try again shortly");
                    case 503 -> new ProblemException(503, "the parser is not available; try again shortly");
                    default -> new ProblemException(502, "the draft could not be parsed: the parser failed");
                };
            }
        } catch (IOException e) {
            Log.warnf("parser-service cannot be reached at %s: %s", parseUrl, e.toString());
            throw new ProblemException(502, "the draft could not be parsed: the parser cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "the check was interrupted; try again");
        }
    }
}
