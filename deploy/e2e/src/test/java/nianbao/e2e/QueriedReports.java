package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** What the end-to-end tests ask query-service (at RestAssured's base URI): a report by the id of its bytes. */
final class QueriedReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueriedReports() {
    }

    /** The reportId nianbao gives a file: the sha256 of its bytes. */
    static String idOf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until query-service has the report in one of the given states, and returns it. */
    static JsonNode awaitStatus(String reportId, String... statuses) {
        return await("report " + reportId + " in " + List.of(statuses)).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var response = RestAssured.get("/reports/" + reportId);
                    return response.statusCode() == 200 ? JSON.readTree(response.asString()) : null;
                }, report -> report != null && List.of(statuses).contains(report.get("status").asText()));
    }
}
