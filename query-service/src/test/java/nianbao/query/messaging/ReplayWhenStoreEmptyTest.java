package nianbao.query.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * query-service started on an empty store while its consumer groups have already committed past the events:
 * the events are read again from the beginning and the report is rebuilt.
 */
@QuarkusTest
@WithTestResource(CommittedOffsetsTestResource.class)
class ReplayWhenStoreEmptyTest {

    @Test
    void eventsBeforeTheCommittedOffsetsAreReplayedIntoAnEmptyStore() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/reports/" + CommittedOffsetsTestResource.REPORT_ID).then().statusCode(200)
                        .body("agency", equalTo(CommittedOffsetsTestResource.AGENCY))
                        .body("status", equalTo("ERRORS")));
    }
}
