package nianbao.tools;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Asks query-service for one report: GET /reports/{reportId}; empty while it is unknown or unreachable. */
public final class QueryClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private volatile String lastProblem;

    public QueryClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The report's status, or empty if query-service does not know it (404) or cannot be asked. */
    public Optional<ReportStatus> find(String reportId) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/reports/" + reportId))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.of(ReportStatus.from(reportId, json.readTree(response.body())));
            }
            if (response.statusCode() != 404) {
                lastProblem = "HTTP " + response.statusCode() + " from " + request.uri();
            }
            return Optional.empty();
        } catch (IOException e) {
            lastProblem = e.getClass().getSimpleName() + " from " + request.uri()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The last unexpected answer or connection failure, for the error message; null if there was none. */
    public String lastProblem() {
        return lastProblem;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
