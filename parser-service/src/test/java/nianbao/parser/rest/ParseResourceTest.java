package nianbao.parser.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The open {@code POST /parse} is bounded: a page beyond the parser's bounds is a 400 problem naming the bound, a
 * body over 1 MiB a 413, an empty body a 400, more parses at once than allowed a 429; answers carry the security
 * headers, and a 405 on an invented path does not put that path into the HTTP metrics.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ParseResourceTest {

    @Test
    void aPageThatExpandsIntoMillionsOfCellsIsABadRequestNamingTheBound() {
        String page = "<html><body><table>" + "<tr><td rowspan=\"64\" colspan=\"64\">1</td></tr>".repeat(3000) + "</table></body></html>";

        given().contentType("text/html").body(page).post("/parse")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", startsWith("over limit: cells of one table"));
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() {
        given().contentType(ContentType.TEXT).body("x".repeat(1_100_000)).post("/parse").then().statusCode(413);
    }

    @Test
    void anEmptyBodyIsABadRequestWithItsReason() {
        given().contentType(ContentType.TEXT).body("").post("/parse")
                .then().statusCode(400).contentType("application/problem+json").body("detail", startsWith("empty body"));
    }

    @Test
    void answersCarryTheSecurityHeaders() throws Exception {
        String seed = Files.readString(Path.of("../samples/000_2f8ee6c9bd0fa497.txt"));
        given().contentType(ContentType.TEXT.withCharset("UTF-8")).body(seed).post("/parse")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
        // a refusal carries them too
        given().contentType(ContentType.TEXT.withCharset("UTF-8")).body("会议纪要：下周二上午九点开会。").post("/parse")
                .then().statusCode(400).contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store");
    }

    @Test
    void aMethodNotAllowedOnAnInventedPathLeavesNoLabelInTheMetrics() {
        String invented = "/parse/" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            given().delete(invented).then().statusCode(org.hamcrest.Matchers.oneOf(404, 405));
        }
        given().delete("/parse").then().statusCode(405);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(invented);
    }

    @Test
    void moreParsesAtOnceThanAllowedAreTooManyRequests() {
        ParseResource resource = new ParseResource(new ReportParser(RegionResolver.load()), () -> 0);

        var answer = resource.parse("中卫市商务局2025年政府信息公开工作年度报告", null, "text/plain");

        assertThat(answer.getStatus()).isEqualTo(429);
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
    }
}
