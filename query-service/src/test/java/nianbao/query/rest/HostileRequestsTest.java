package nianbao.query.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests as an attacker sends them: control characters in every text parameter, bad parameters, wrong methods and
 * paths all get a 400/404/405/406 problem (application/problem+json), never a 500; every response carries the
 * security headers; 405s do not label the HTTP metrics with the raw path.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class HostileRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URL root;

    /** Each endpoint with a text parameter: path, fixed parameters, the text parameter's name. */
    private static final List<Endpoint> TEXT_PARAMETERS = List.of(
            new Endpoint("/reports", Map.of(), "agency"), new Endpoint("/reports", Map.of(), "province"),
            new Endpoint("/reports", Map.of(), "city"), new Endpoint("/reports", Map.of(), "county"),
            new Endpoint("/reports", Map.of(), "sort"), new Endpoint("/reports", Map.of(), "status"),
            new Endpoint("/reports", Map.of(), "ruleId"), new Endpoint("/reports", Map.of(), "year"),
            new Endpoint("/reports.csv", Map.of(), "agency"), new Endpoint("/reports.xlsx", Map.of(), "agency"),
            new Endpoint("/agencies", Map.of(), "q"), new Endpoint("/stats", Map.of("year", "2025"), "province"),
            new Endpoint("/stats", Map.of("year", "2025"), "groupBy"), new Endpoint("/coverage", Map.of("year", "2025"), "region"));

    @ParameterizedTest
    @ValueSource(strings = {"商务\u0000局", "局\u0007", "\u001b[31m局", "局\u0085", "中卫\n市"})
    void aControlCharacterInAnyTextParameterIsA400ProblemNamingIt(String value) {
        for (Endpoint endpoint : TEXT_PARAMETERS) {
            given().queryParams(endpoint.fixed()).queryParam(endpoint.parameter(), value).get(endpoint.path())
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("about:blank")).body("title", equalTo("Bad Request")).body("status", equalTo(400))
                    .body("parameter", equalTo(endpoint.parameter()))
                    .body("detail", containsString(endpoint.parameter()));
        }
        for (String path : List.of("/agencies/{v}/reports", "/reports/{v}", "/reports/{v}/findings", "/reports/{v}/versions")) {
            given().get(path, value).then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("control characters"));
        }
    }

    @Test
    void aNulInTheAgencySaysWhatAndWhere() {
        given().queryParam("agency", "商务\u0000局").get("/reports").then().statusCode(400)
                .body("detail", equalTo("agency must not contain control characters, found U+0000 at position 2"));
        given().queryParam("status", "PASSED\u0000" + "x".repeat(200)).get("/reports").then().statusCode(400)
                .body("detail", containsString("was 'PASSEDU+0000xxx")).body("detail", containsString("…'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/reports?agency=%C0%80", "/reports?agency=%00", "/reports.csv?agency=%00", "/agencies?q=%E4%B8",
            "/reports/%00", "/agencies/%00/reports"})
    void oddEncodingsAreAnsweredByTheEndpointsNeverWithAServerError(String pathAndQuery) throws IOException {
        List<String> answer = raw(pathAndQuery);
        assertThat(answer.get(0)).as(pathAndQuery).matches("HTTP/1\\.1 (200|400) .*");
        assertThat(answer).as(pathAndQuery).contains("X-Content-Type-Options: nosniff", "Cache-Control: no-store");
        if (answer.get(0).contains(" 400 ")) {
            assertThat(answer).as(pathAndQuery).contains("Content-Type: application/problem+json");
        }
    }

    /** A % not followed by two hex digits is refused by the HTTP server itself (Vert.x), before any route: a bare 400. */
    @ParameterizedTest
    @ValueSource(strings = {"/reports?agency=%", "/reports?agency=%ZZ", "/reports/%", "/reports/%ZZ"})
    void malformedPercentEscapesAreA400(String pathAndQuery) throws IOException {
        assertThat(raw(pathAndQuery).get(0)).as(pathAndQuery).startsWith("HTTP/1.1 400 ");
    }

    /** The answer's status line, headers and body lines, sent over a plain socket: HTTP clients refuse such requests. */
    private List<String> raw(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
        }
    }

    @Test
    void everyOtherErrorIsAProblemToo() {
        given().get("/reports/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Not Found")).body("detail", containsString("no report"));
        given().delete("/reports/" + UUID.randomUUID()).then().statusCode(405).contentType(PROBLEM)
                .header("Allow", containsString("GET")).body("status", equalTo(405));
        given().post("/reports").then().statusCode(405).contentType(PROBLEM);
        given().accept("application/xml").get("/reports").then().statusCode(406).contentType(PROBLEM);
        given().get("/reports/x/nothing/here").then().statusCode(404).contentType(PROBLEM);
        given().get("/reports/" + "x".repeat(Params.MAX_REPORT_ID + 1)).then().statusCode(400).contentType(PROBLEM)
                .body("parameter", equalTo("reportId"));
        given().queryParam("year", "20%25").get("/reports").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<Supplier<ValidatableResponse>> requests = List.of(
                () -> given().get("/reports").then().statusCode(200),
                () -> given().get("/reports.csv").then().statusCode(200),
                () -> given().queryParam("year", "x").get("/reports").then().statusCode(400),
                () -> given().get("/reports/" + UUID.randomUUID()).then().statusCode(404),
                () -> given().delete("/reports/" + UUID.randomUUID()).then().statusCode(405),
                () -> given().get("/no-such-path").then().statusCode(404),
                () -> given().get("/q/health/ready").then(),
                () -> given().get("/q/metrics").then().statusCode(200),
                () -> given().get("/q/openapi").then().statusCode(200));
        for (Supplier<ValidatableResponse> request : requests) {
            request.get().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY").header("Content-Security-Policy", "frame-ancestors 'none'")
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void methodNotAllowedAnswersShareOneUriLabelInTheMetrics() {
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        ids.forEach(id -> given().delete("/reports/" + id).then().statusCode(405));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(ids).allSatisfy(id -> assertThat(metrics).doesNotContain(id));
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("method=\"DELETE\"") && line.contains("status=\"405\"")))
                .singleElement().satisfies(line -> {
                    assertThat(line).contains("uri=\"UNKNOWN\"");
                    assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(3);
                });
    }

    private record Endpoint(String path, Map<String, String> fixed, String parameter) {
    }
}
