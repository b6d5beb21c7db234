package nianbao.validation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import nianbao.validation.config.ValidationConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls parser-service's {@code POST /parse} (the JDK's HTTP client: the REST client extension is not served here). */
@ApplicationScoped
public class ParserClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json;
    private final String parseUrl;

    public ParserClient(ValidationConfig config, ObjectMapper json) {
        this.json = json;
        this.parseUrl = config.parserUrl() + "/parse";
    }

    /** The draft parsed into the report contract; 502 when parser-service cannot be reached or fails. */
    public JsonNode parse(String draft, String contentType, String fileName) {
        String url = fileName == null ? parseUrl : parseUrl + "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(draft, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw unavailable("parser-service answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw unavailable("parser-service cannot be reached at " + parseUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static WebApplicationException unavailable(String why) {
        return new WebApplicationException(why, Response.status(Response.Status.BAD_GATEWAY)
                .entity(java.util.Map.of("error", why)).type("application/json").build());
    }
}
