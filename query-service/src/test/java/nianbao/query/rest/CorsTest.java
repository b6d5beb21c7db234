package nianbao.query.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * With NIANBAO_CORS_ORIGINS (nianbao.cors.origins) set, a dashboard served from one of those origins may read the API
 * and follow /events from a browser; other origins get no CORS header. (Unset, no CORS header at all: see
 * {@link ProblemsEverywhereTest}.)
 */
@QuarkusTest
@TestProfile(CorsTest.Configured.class)
@WithTestResource(KafkaAndMongoTestResource.class)
class CorsTest {

    static final String DASHBOARD = "https://dashboard.example.org";

    /** Two allowed origins, as NIANBAO_CORS_ORIGINS=https://dashboard.example.org,https://second.example.org sets them. */
    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.cors.origins", DASHBOARD + ",https://second.example.org");
        }
    }

    @Test
    void anAllowedOriginGetsTheCorsHeaders() {
        given().header("Origin", DASHBOARD).get("/reports").then().statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
        given().header("Origin", "https://second.example.org").get("/agencies").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://second.example.org");
    }

    @Test
    void aPreflightForTheEventStreamWithLastEventIdIsAnswered() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "last-event-id").options("/events").then().statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("Last-Event-ID"));
    }

    @Test
    void anotherOriginGetsNoCorsHeader() {
        given().header("Origin", "https://elsewhere.example.net").get("/reports").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().get("/reports").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", DASHBOARD).queryParam("year", "twenty").get("/reports").then().statusCode(400)
                .contentType("application/problem+json").header("Access-Control-Allow-Origin", equalTo(DASHBOARD));
    }
}
