package nianbao.validation.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /validate} on the running service: a parsed report gets its status and coverage, anything else a 400
 * problem with the reason; over-large bodies 413 and undeclared lengths 411 before they are read, wrong methods and
 * types their problem; every answer carries the
 * security headers; a 405 on an encoded path labels no metric with that path (an attacker could fill the label cap).
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class OpenEndpointsTest {

    private static String seed() throws IOException {
        try (InputStream in = OpenEndpointsTest.class.getResourceAsStream("/seeds/004_98d78a100eee2400.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).contains(detail).doesNotContain("Exception", "http://", "at ");
    }

    @Test
    void aParsedReportGetsItsStatusAndCoverage() throws IOException {
        Response response = given().contentType("application/json").body(seed()).post("/validate");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("status")).isEqualTo("WARNINGS");
        assertThat(response.jsonPath().getInt("coverage.cellsRead")).isEqualTo(200);
        assertThat(response.jsonPath().getInt("coverage.identitiesUnchecked")).isZero();
    }

    @Test
    void anEmptyObjectIsNoParsedReport() {
        Response response = given().contentType("application/json").body("{}").post("/validate");

        assertProblem(response, 400, "reportId is missing");
        assertThat(response.jsonPath().getString("detail")).contains("applications is missing");
    }

    @Test
    void aCellThatIsNoNumberIsRefusedWithItsPath() throws IOException {
        String report = seed().replaceFirst("\"licensing\"\\s*:\\s*\\d+", "\"licensing\": \"7件\"");

        assertProblem(given().contentType("application/json").body(report).post("/validate"), 400,
                "activeDisclosure.licensing must be a number or null");
    }

    @Test
    void aBodyThatIsNoJsonIsA400Problem() {
        assertProblem(given().contentType("application/json").body("{ not json").post("/validate"), 400, "JSON");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeItIsRead() {
        byte[] large = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) ' ');

        for (String path : new String[] {"/validate", "/validate/", "/check"}) {
            assertProblem(given().contentType(path.equals("/check") ? "text/plain" : "application/json").body(large).post(path),
                    413, "limit");
        }
    }

    @Test
    void aBodyWhoseLengthIsNotDeclaredIsA411ProblemBeforeItIsRead() throws IOException {
        try (Socket socket = new Socket(URI.create(RestAssured.baseURI).getHost(), RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 411").containsIgnoringCase("content-type: application/problem+json")
                    .contains("Content-Length");
        }
    }

    @Test
    void anotherContentTypeIsA415Problem() {
        assertProblem(given().contentType("text/plain").body("{}").post("/validate"), 415, "application/json");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        assertProblem(given().get("/validate"), 405, "not allowed");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Response response : new Response[] {given().contentType("application/json").body("{}").post("/validate"),
                given().get("/q/health/ready"), given().get("/nothing-here")}) {
            assertThat(response.headers().asList().stream().collect(java.util.stream.Collectors.toMap(
                    h -> h.getName().toLowerCase(), h -> h.getValue(), (a, b) -> a))).containsAllEntriesOf(Map.of(
                    "x-content-type-options", "nosniff", "referrer-policy", "no-referrer",
                    "x-frame-options", "DENY", "cache-control", "no-store"));
        }
    }

    @Test
    void a405OnAnEncodedPathLabelsNoMetricWithThatPath() {
        String encoded = "/%76a%6cidate";
        String other = "/v%61lid%61te/";

        assertProblem(given().urlEncodingEnabled(false).get(encoded), 405, "not allowed");
        given().urlEncodingEnabled(false).get(other).then().statusCode(405);
        String metrics = given().get("/q/metrics").asString();

        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count")))
                .anySatisfy(l -> assertThat(l).contains("status=\"405\"", "uri=\"UNKNOWN\""))
                .noneSatisfy(l -> assertThat(l).contains("%"));
    }
}
