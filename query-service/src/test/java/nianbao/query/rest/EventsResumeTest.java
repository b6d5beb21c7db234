package nianbao.query.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nianbao.query.rest.TestEvents.JSON;
import static nianbao.query.rest.TestEvents.id;
import static nianbao.query.rest.TestEvents.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * GET /events: every event has an id, a client that reconnects with Last-Event-ID gets exactly the events it missed,
 * one whose id is not of this store is told to reload, idle connections get keep-alive comments, a malformed id is a
 * 400 problem.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class EventsResumeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @TestHTTPResource("/events")
    URI eventsUri;
    private TestEvents events;

    @BeforeEach
    void connect() {
        events = new TestEvents(bootstrap);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsTheEventsItMissed() throws Exception {
        String province = "续传省" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode first = report("续传一局", 2025, province, "续传市", null, "2026-01-02T00:00:00Z");
        ObjectNode missed = report("续传二局", 2025, province, "续传市", null, "2026-01-03T00:00:00Z");
        ObjectNode rejected = report("续传三局", 2025, province, "续传市", null, "2026-01-04T00:00:00Z");
        ObjectNode later = report("续传四局", 2025, province, "续传市", null, "2026-01-05T00:00:00Z");
        String lastSeen;
        try (SseClient client = new SseClient(eventsUri, null)) {
            assertThat(client.response.statusCode()).isEqualTo(200);
            events.parsed(first);
            // as in the pipeline, the validation follows the parse: the parse is in the read model before it is sent
            // (two topics are consumed independently, so sent back to back either may be projected first)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + id(first)).then().statusCode(200));
            events.validated(first, "PASSED");
            await().atMost(Duration.ofSeconds(30)).until(() -> !client.about(id(first)).isEmpty());
            SseClient.Received received = client.about(id(first)).get(0);
            assertThat(received.id()).matches("[a-z0-9]+-[0-9]+");
            JsonNode data = JSON.readTree(received.data());
            assertThat(data.get("id").asText()).isEqualTo(received.id());
            assertThat(data.get("kind").asText()).isEqualTo("validated");
            assertThat(data.get("status").asText()).isEqualTo("PASSED");
            assertThat(data.get("province").asText()).isEqualTo(province);
            assertThat(data.get("agency").asText()).isEqualTo("续传一局");
            lastSeen = received.id();
        }

        events.parsed(missed);
        events.validated(missed, "ERRORS", "T3-01:error");
        events.rejected(rejected);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/reports/" + id(missed)).then().body("status", equalTo("ERRORS"));
            given().get("/reports/" + id(rejected)).then().body("status", equalTo("REJECTED"));
        });

        try (SseClient resumed = new SseClient(eventsUri, lastSeen)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !resumed.about(id(missed)).isEmpty() && !resumed.about(id(rejected)).isEmpty());
            events.parsed(later);
            events.validated(later, "WARNINGS", "S06:warning");
            await().atMost(Duration.ofSeconds(30)).until(() -> !resumed.about(id(later)).isEmpty());

            assertThat(resumed.about(id(first))).as("nothing before Last-Event-ID again").isEmpty();
            assertThat(JSON.readTree(resumed.about(id(missed)).get(0).data()).get("errors").asInt()).isEqualTo(1);
            JsonNode rejection = JSON.readTree(resumed.about(id(rejected)).get(0).data());
            assertThat(rejection.get("kind").asText()).isEqualTo("rejected");
            assertThat(rejection.get("reason").asText()).isEqualTo("test rejection");
            assertThat(resumed.events).extracting(SseClient.Received::id).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).isNotNull());
            assertThat(sequence(resumed.about(id(missed)).get(0).id())).isGreaterThan(sequence(lastSeen));
            assertThat(sequence(resumed.about(id(later)).get(0).id())).isGreaterThan(sequence(resumed.about(id(rejected)).get(0).id()));
        }
    }

    @Test
    void anIdOfAnotherStoreIsToldToReloadThenGetsTheKeptEvents() throws Exception {
        ObjectNode report = report("重载局" + UUID.randomUUID().toString().substring(0, 8), 2025, "重载省", "重载市", null,
                "2026-01-02T00:00:00Z");
        events.parsed(report);
        events.validated(report, "PASSED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/reports/" + id(report)).then()
                .body("status", equalTo("PASSED")));
        try (SseClient client = new SseClient(eventsUri, "otherstore-5")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !client.about(id(report)).isEmpty());
            JsonNode first = JSON.readTree(client.events.get(0).data());
            assertThat(first.get("kind").asText()).isEqualTo("reset");
            assertThat(client.events.get(0).id()).isNull();
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveComments() throws Exception {
        try (SseClient client = new SseClient(eventsUri, null)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !client.comments.isEmpty());
            assertThat(client.comments).allSatisfy(c -> assertThat(c).isEqualTo(":keep-alive"));
        }
    }

    @Test
    void aMalformedLastEventIdIsAProblem() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream").get("/events").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("Last-Event-ID"))
                .body("detail", containsString("yesterday"));
        given().queryParam("lastEventId", "-1").get("/events").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("lastEventId"));
    }

    private static long sequence(String id) {
        return Long.parseLong(id.substring(id.indexOf('-') + 1));
    }
}
