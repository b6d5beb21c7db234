package nianbao.ingest.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Uploads need the write token; a missing or wrong token is refused before anything is read or published. */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class WriteTokenTest {

    private static final byte[] FILE = "卫滨区商务局 2024 年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadWithoutTheTokenIsRefused() {
        given().body(FILE).post("/reports").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("error", containsString("write token"));
        given().contentType("application/zip").body(FILE).post("/reports/batch").then().statusCode(401);
    }

    @Test
    void aWrongTokenIsRefusedAndTheRightOneInEitherHeaderIsTaken() {
        given().header("Authorization", "Bearer not-the-token").body(FILE).post("/reports").then().statusCode(401);
        given().header("X-Nianbao-Token", "test-write-token").queryParam("fileName", "token.txt")
                .body(("令牌测试 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)).post("/reports").then().statusCode(202);
    }

    @Test
    void readsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
