package nianbao.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every parameter of every endpoint that OpenAPI lists, given a bad value, is answered with a 400 problem
 * (application/problem+json) naming it; the answer's schemas are typed; without NIANBAO_CORS_ORIGINS no CORS header is
 * ever sent.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class ProblemsEverywhereTest {

    /** Valid values for the parameters an endpoint requires, so that only the one under test is bad. */
    private static final Map<String, String> REQUIRED = Map.of("year", "2025", "region", "中卫市");
    private static final String BAD = "\u0007bad";

    @Test
    void aBadValueOfAnyParameterOfAnyEndpointIsA400ProblemNamingIt() throws Exception {
        JsonNode openapi = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> checked = new ArrayList<>();
        openapi.get("paths").fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            assertThat(get).as("every endpoint answers GET: " + path.getKey()).isNotNull();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.get("name").asText();
                String in = parameter.get("in").asText();
                RequestSpecification request = given().accept("*/*");
                String url = path.getKey();
                for (JsonNode other : get.path("parameters")) {
                    String otherName = other.get("name").asText();
                    if (other.get("in").asText().equals("path") && !otherName.equals(name)) {
                        url = url.replace("{" + otherName + "}", "x");
                    } else if (other.get("in").asText().equals("query") && !otherName.equals(name) && REQUIRED.containsKey(otherName)) {
                        request.queryParam(otherName, REQUIRED.get(otherName));
                    }
                }
                switch (in) {
                    case "path" -> request.pathParam(name, BAD);
                    case "query" -> request.queryParam(name, BAD);
                    case "header" -> request.header(name, "bad");
                    default -> throw new AssertionError("parameter in " + in);
                }
                request.get(url).then().statusCode(400).contentType("application/problem+json")
                        .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                        .body("parameter", equalTo(name)).body("detail", containsString(name));
                checked.add(path.getKey() + " " + name);
            }
        });
        assertThat(checked).contains("/reports agency", "/reports region", "/reports size", "/reports/{reportId} reportId",
                "/reports/{reportId}/versions page", "/agencies size", "/agencies limit", "/stats groupBy", "/stats region",
                "/coverage year", "/events Last-Event-ID", "/events lastEventId", "/reports.csv status", "/reports.xlsx sort",
                "/agencies/{agency}/reports agency", "/reports/{reportId}/findings reportId", "/coverage page", "/stats size",
                "/reports/{reportId}/findings size");
    }

    @Test
    void theAnswersHaveTypedSchemasForAClientToBeGenerated() throws Exception {
        JsonNode schemas = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString())
                .at("/components/schemas");
        assertThat(schemas.at("/ReportDetail/properties/applications/$ref").asText()).endsWith("/Applications");
        assertThat(schemas.at("/Applications/properties/denied/$ref").asText()).endsWith("/Denied");
        assertThat(schemas.at("/Row/properties/naturalPerson/type").asText()).isEqualTo("number");
        assertThat(schemas.at("/ReportDetail/properties/validation/$ref").asText()).endsWith("/ValidationView");
        assertThat(schemas.at("/Finding/properties/cells/items/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/ReportFindings/properties/findings/items/$ref").asText()).endsWith("/Finding");
        assertThat(schemas.at("/ReportSummary/properties/cellsRead/type").asText()).isEqualTo("integer");
        assertThat(schemas.at("/FeedEvent/properties/id/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/StatsGroup/properties/rates/$ref").asText()).endsWith("/Rates");
    }

    @Test
    void withoutConfiguredOriginsNoCorsHeaderIsSent() {
        given().header("Origin", "https://dashboard.example.org").get("/reports").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "GET")
                .options("/reports").then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
    }
}
