package nianbao.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What query-service says about the reports a harness published: each one's status and whether it is right (in the
 * read model, a final status, errors exactly when an identity was broken on purpose), and how many reports it holds.
 */
final class ReadModel {

    /** What query-service shows for one report: its status (ABSENT when it has none) and what is wrong, or null. */
    record Outcome(String status, String wrong) {

        boolean right() {
            return wrong == null;
        }
    }

    static final String ABSENT = "ABSENT";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FINAL = List.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String query;

    ReadModel(String query) {
        this.query = query;
    }

    /** The outcome of each report of {@code ids}; {@code broken} says which had an identity broken on purpose. */
    Map<String, Outcome> outcomes(Collection<String> ids, Map<String, Boolean> broken) throws InterruptedException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String id : ids) {
            outcomes.put(id, outcome(id, broken.get(id)));
        }
        return outcomes;
    }

    private Outcome outcome(String id, boolean broken) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(query + "/reports/" + id)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome(ABSENT, "query-service did not answer (" + e.getClass().getSimpleName() + ")");
        }
        if (response.statusCode() != 200) {
            return new Outcome(ABSENT, "not in query-service (" + response.statusCode() + ")");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            return new Outcome(ABSENT, "query-service answered what is not JSON");
        }
        String status = body.path("status").asText();
        int errors = body.at("/validation/counts/error").asInt(0);
        if (!FINAL.contains(status)) {
            return new Outcome(status, "status " + status);
        }
        if (broken != errors > 0) {
            return new Outcome(status, "status " + status + " with " + errors + " errors, but broken=" + broken);
        }
        return new Outcome(status, null);
    }

    /** How many reports query-service holds (the total of GET /reports). */
    long total() throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(URI.create(query + "/reports?size=1")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).path("total").asLong();
    }

    /**
     * Waits until every report of {@code broken} is right or {@code timeout} passes, asking again only about those not
     * yet right, and returns the last outcome of each.
     */
    Map<String, Outcome> awaitRight(Map<String, Boolean> broken, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        Map<String, Outcome> outcomes = outcomes(broken.keySet(), broken);
        while (outcomes.values().stream().anyMatch(o -> !o.right()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            List<String> pending = outcomes.entrySet().stream().filter(e -> !e.getValue().right()).map(Map.Entry::getKey).toList();
            outcomes.putAll(outcomes(pending, broken));
        }
        return outcomes;
    }
}
