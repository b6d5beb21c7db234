package nianbao.ingest.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a careless or hostile client gets: malformed requests are 400s in the one error shape, empty uploads and
 * non-web source URLs are refused at once, names lose their control characters, every answer carries the security
 * headers, and 4xx answers on unmatched paths never put the raw URL into the metrics.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class RestHygieneTest {

    private static final String TOKEN = "Bearer test-write-token";

    @Test
    void malformedMultipartAndContentTypeAre400InTheErrorShape() {
        given().header("Authorization", TOKEN).header("Content-Type", "multipart/form-data")
                .body("no boundary at all".getBytes(StandardCharsets.UTF_8)).post("/reports")
                .then().statusCode(400).body("status", equalTo(400)).body("title", equalTo("Bad Request"));
        given().header("Authorization", TOKEN).header("Content-Type", "multipart/form-data; boundary=xyz")
                .body("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated".getBytes(StandardCharsets.UTF_8))
                .post("/reports").then().statusCode(400).body("error", startsWith("malformed request"));
        given().header("Authorization", TOKEN).header("Content-Type", "multipart/form-data; boundary=")
                .body(report()).post("/reports").then().statusCode(400).body("status", equalTo(400));
        given().header("Authorization", TOKEN).header("Content-Type", "multipart/form-data; boundary=")
                .body(report()).post("/reports/batch").then().statusCode(400);
        given().header("Authorization", TOKEN).header("Content-Type", "multipart/form-data; boundary=xyz")
                .body("--xyz--garbage".getBytes(StandardCharsets.UTF_8)).post("/reports/batch").then().statusCode(400);
    }

    @Test
    void anEmptyUploadIs400AtOnce() {
        given().header("Authorization", TOKEN).header("X-File-Name", "empty.txt").body(new byte[0]).post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("about:blank"))
                .body("detail", equalTo("empty file: the upload has no bytes")).body("error", equalTo("empty file: the upload has no bytes"));
        given().header("Authorization", TOKEN).multiPart("file", "empty.txt", new byte[0]).post("/reports")
                .then().statusCode(400).body("error", equalTo("empty file: the upload has no bytes"));
    }

    @Test
    void aSourceUrlThatIsNoWebAddressIs400() {
        for (String url : new String[] {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "/relative/path"}) {
            given().header("Authorization", TOKEN).header("X-Source-Url", url).body(report()).post("/reports")
                    .then().statusCode(400).body("error", equalTo("sourceUrl must be an http or https URL"));
        }
        given().header("Authorization", TOKEN).multiPart("file", "r.txt", report()).multiPart("sourceUrl", "javascript:alert(1)")
                .post("/reports").then().statusCode(400);
        given().header("Authorization", TOKEN).header("X-Source-Url", "https://www.example.gov.cn/r.html").body(report())
                .post("/reports").then().statusCode(202);
    }

    @Test
    void fileNamesLoseControlCharactersAndAreCappedKeepingTheExtension() {
        given().header("Authorization", TOKEN).queryParam("fileName", "年度\u0000报告\u0007\u202E.txt").body(report()).post("/reports")
                .then().statusCode(202).body("fileName", equalTo("年度报告.txt"));
        String name = given().header("Authorization", TOKEN).queryParam("fileName", "x".repeat(400) + ".docx").body(report())
                .post("/reports").then().statusCode(202).extract().path("fileName");

        assertThat(name).hasSize(255).endsWith("x.docx");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        securityHeaders(given().header("Authorization", TOKEN).body(report()).post("/reports").then().statusCode(202));
        securityHeaders(given().body(report()).post("/reports").then().statusCode(401)
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized")));
        securityHeaders(given().get("/q/health/ready").then().statusCode(200));
        securityHeaders(given().header("Authorization", TOKEN).delete("/reports/" + UUID.randomUUID()).then());
    }

    @Test
    void clientErrorsOnUnmatchedPathsAreNotLabelledWithTheirUrl() {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            int status = given().header("Authorization", TOKEN).delete("/reports/" + marker + "-" + i).then().extract().statusCode();
            assertThat(status).isBetween(400, 499);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain(marker);
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY").header("Cache-Control", "no-store");
    }

    private static byte[] report() {
        return ("某某局 2025 年政府信息公开工作年度报告 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
