package nianbao.query.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.StreamSupport;

import static org.awaitility.Awaitility.await;

/**
 * Not a test but the tool that takes the README's three screenshots from a running stack with the samples loaded
 * (deploy/local/up.sh, which publishes samples/, plus samples/corpus uploaded): the live feed, the report with the most
 * errors, and the overview of the region with the most reports. Runs only when asked:
 * <pre>
 * mvn -B -pl query-service test -Dtest=ReadmeScreenshots -Dscreenshots.url=http://localhost:8080 -Dscreenshots.out=../docs/screenshots
 * </pre>
 */
@EnabledIfSystemProperty(named = "screenshots.url", matches = "https?://.+")
class ReadmeScreenshots {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base = System.getProperty("screenshots.url").replaceAll("/+$", "");
    private final Path out = Path.of(System.getProperty("screenshots.out", "target/readme-screenshots"));

    @Test
    void takeTheThreeViews() throws Exception {
        JsonNode reports = get("/reports?size=200").get("items");
        JsonNode worst = StreamSupport.stream(reports.spliterator(), false)
                .max(Comparator.comparingInt(r -> r.path("errors").asInt())).orElseThrow();
        JsonNode mostCommon = StreamSupport.stream(reports.spliterator(), false).filter(r -> r.hasNonNull("province"))
                .max(Comparator.comparingLong(r -> StreamSupport.stream(reports.spliterator(), false)
                        .filter(o -> r.get("province").asText().equals(o.path("province").asText())).count()))
                .orElseThrow();

        try (HeadlessChromium chromium = HeadlessChromium.start(1400, 1000)) {
            WebDriver browser = chromium.driver;
            browser.get(base + "/#/");
            waitFor(browser, "#connection[data-state='open']");
            waitFor(browser, "#feed tbody tr");
            chromium.screenshot(out, "live-feed");

            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2300));
            browser.get(base + "/#/report/" + worst.get("reportId").asText());
            waitFor(browser, "#table-3 td[data-cell]");
            chromium.screenshot(out, "report");

            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1700));
            browser.get(base + "/#/overview/" + URLEncoder.encode(mostCommon.get("province").asText(), StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/" + mostCommon.get("year").asInt());
            waitFor(browser, "[data-chart='chart-years'] canvas");
            // the charts animate in; the picture is taken once they have settled
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            chromium.screenshot(out, "overview");
        }
    }

    private static void waitFor(WebDriver browser, String css) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !browser.findElements(By.cssSelector(css)).isEmpty());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
