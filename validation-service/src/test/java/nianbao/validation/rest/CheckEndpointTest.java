package nianbao.validation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nianbao.validation.testing.ConstrainedServiceProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /check} against a stand-in parser: a draft gets its parsed tables and findings; the parser's failures
 * become problems that show neither its address nor its error's text; one check at a time here, the next gets 429.
 */
@QuarkusTest
@TestProfile(ConstrainedServiceProfile.class)
class CheckEndpointTest {

    @ConfigProperty(name = "nianbao.validation.parser-url")
    String parser;

    private static Response check(String fileName) {
        return given().contentType("text/plain; charset=UTF-8").queryParam("fileName", fileName).body("中卫市商务局2025年政府信息公开工作年度报告")
                .post("/check");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).doesNotContain("heap", "Exception", "Error", "http://", "localhost", "parser-internal");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private String stub(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(parser + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aDraftGetsItsParsedTablesAndItsValidation() {
        Response response = check("draft.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("report.agency")).isEqualTo("中卫市商务局");
        assertThat(response.jsonPath().getString("validation.status")).isEqualTo("PASSED");
        assertThat(response.jsonPath().getInt("validation.coverage.cellsRead")).isEqualTo(200);
    }

    @Test
    void aParserFailureIsA502ProblemWithoutItsTextOrAddress() {
        assertProblem(check("fail.txt"), 502);
    }

    @Test
    void aDraftTheParserRefusesIsA400Problem() {
        assertProblem(check("refused.txt"), 400);
    }

    @Test
    void anEmptyDraftAndAFileNameWithControlCharactersAreA400Problem() {
        assertProblem(given().contentType("text/plain").body(" ").post("/check"), 400);
        assertProblem(given().contentType("text/plain").queryParam("fileName", "a\u0000b.txt").body("草稿").post("/check"), 400);
    }

    @Test
    void aDraftOverTheBodyLimitIsA413Problem() {
        assertProblem(given().contentType("text/plain").body(new byte[2 * 1024 * 1024 + 1]).post("/check"), 413);
    }

    @Test
    void beyondTheConcurrencyLimitTheNextCheckIsA429Problem() throws Exception {
        CompletableFuture<Response> held = CompletableFuture.supplyAsync(() -> check("hold.txt"));
        await().atMost(Duration.ofSeconds(20)).until(() -> stub("/waiting").equals("1"));

        Response refused = check("draft.txt");
        stub("/release");

        assertProblem(refused, 429);
        assertThat(held.get().statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(check("draft.txt").statusCode()).isEqualTo(200));
    }
}
