package nianbao.query.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nianbao.query.dashboard.DashboardReports.Finding;
import nianbao.support.test.KafkaAndMongoTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static nianbao.query.dashboard.DashboardReports.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real browser (headless Chromium): the page at / follows the live feed without a reload, a report
 * with an arithmetic error is drawn as the format prints its tables with the error cells highlighted, and the overview
 * draws its charts. Screenshots of the three views go to target/screenshots/.
 */
@QuarkusTest
@WithTestResource(KafkaAndMongoTestResource.class)
class DashboardBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String NEW_RECEIVED = "applications.newReceived.naturalPerson";
    private static final List<String> T3_01_NATURAL_PERSON = List.of(NEW_RECEIVED, "applications.carriedOver.naturalPerson",
            "applications.totalHandled.naturalPerson", "applications.carriedForward.naturalPerson");
    private static final List<String> T3_01_TOTAL = List.of("applications.newReceived.total", "applications.carriedOver.total",
            "applications.totalHandled.total", "applications.carriedForward.total");
    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL root;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start(1360, 1000);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theFeedShowsNewReportsLiveTheReportHighlightsItsErrorsAndTheOverviewDrawsCharts() throws Exception {
        WebDriver browser = chromium.driver;
        browser.get(root.toString());
        waitFor(browser, "#connection[data-state='open']");
        ((JavascriptExecutor) browser).executeScript("window.loadedOnce = 'yes';");

        ObjectNode seed = DashboardReports.seed("000_2f8ee6c9bd0fa497");
        ObjectNode broken = DashboardReports.seed("001_f44f10d947acded0");
        DashboardReports.cell(broken, NEW_RECEIVED, 3);
        DashboardReports.cell(broken, "applications.newReceived.total", 3);
        DashboardReports.unread(broken, "reviewsAndLawsuits.lawsuitAfterReview.pending");
        try (DashboardReports reports = new DashboardReports(bootstrap)) {
            reports.parsed(seed);
            reports.validated(seed, "PASSED", 200, List.of());
            reports.parsed(broken);
            reports.validated(broken, "ERRORS", 199, List.of(
                    new Finding("T3-01", "error", T3_01_NATURAL_PERSON, 3, 0,
                            "naturalPerson列勾稽关系不成立：本年新收与上年结转之和为 3，办理结果总计与结转下年度之和为 0"),
                    new Finding("T3-01", "error", T3_01_TOTAL, 3, 0,
                            "total列勾稽关系不成立：本年新收与上年结转之和为 3，办理结果总计与结转下年度之和为 0"),
                    new Finding("T2-04", "warning", List.of("activeDisclosure.licensing"), 2, 0,
                            "正文称行政许可 2 件，表二为 0 件")));
        }

        String passedRow = "tr[data-report-id='" + id(seed) + "'][data-status='PASSED']";
        String brokenRow = "tr[data-report-id='" + id(broken) + "'][data-status='ERRORS']";
        waitFor(browser, passedRow);
        waitFor(browser, brokenRow);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.loadedOnce;")).as("no reload").isEqualTo("yes");
        // the rows are drawn anew on every event: read them each time
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            assertThat(text(browser, passedRow)).contains("中卫市商务局", "2025", "宁夏回族自治区 · 中卫市", "200/200");
            assertThat(text(browser, brokenRow)).contains("中卫市机关事务服务中心", "有错误", "199/200");
            assertThat(text(browser, brokenRow + " td:nth-child(5)")).isEqualTo("2");
        });

        new Select(browser.findElement(By.cssSelector("#feed-filters select[name='status']"))).selectByValue("ERRORS");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                browser.findElements(By.cssSelector("#feed tbody tr"))).extracting(r -> r.getAttribute("data-status")).containsOnly("ERRORS"));
        chromium.screenshot(SCREENSHOTS, "feed");
        browser.findElement(By.cssSelector("#feed-filters button[type='reset']")).click();
        waitFor(browser, "tr[data-report-id='" + id(seed) + "']");

        waitFor(browser, "tr[data-report-id='" + id(broken) + "']").click();
        waitFor(browser, "#table-3 td[data-cell]");
        assertThat(browser.findElements(By.cssSelector("#report-view td[data-cell]"))).hasSize(200);
        assertThat(browser.findElements(By.cssSelector("#table-3 tbody tr"))).hasSize(25);
        assertThat(browser.findElements(By.cssSelector("td[data-severity='error']"))).extracting(td -> td.getAttribute("data-cell"))
                .containsExactlyInAnyOrderElementsOf(concat(T3_01_NATURAL_PERSON, T3_01_TOTAL));
        assertThat(browser.findElements(By.cssSelector("td[data-severity='warning']"))).extracting(td -> td.getAttribute("data-cell"))
                .containsExactly("activeDisclosure.licensing");
        assertThat(cell(browser, NEW_RECEIVED).getText()).isEqualTo("3");
        assertThat(cell(browser, "reviewsAndLawsuits.lawsuitAfterReview.pending").getText()).isEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("#table-3")).findElement(By.xpath("../..")).getText())
                .contains("T3-01", "naturalPerson列勾稽关系不成立");
        assertThat(browser.findElement(By.cssSelector("#report-view .facts")).getText()).contains("001_f44f10d947acded0.txt", "199/200");
        chromium.screenshot(SCREENSHOTS, "report");

        browser.get(root + "#/overview/宁夏回族自治区/2025");
        waitFor(browser, "[data-chart='chart-years'] canvas");
        assertThat(browser.findElements(By.cssSelector(".chart canvas")).size()).isGreaterThanOrEqualTo(4);
        assertThat(Integer.parseInt(figure(browser, "passed"))).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(figure(browser, "errors"))).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(figure(browser, "received"))).isGreaterThanOrEqualTo(2);
        chromium.screenshot(SCREENSHOTS, "overview");
    }

    /** The first element the selector finds, once there is one; failing, what the page shows (and target/screenshots/failure.png). */
    private static WebElement waitFor(WebDriver browser, String css) throws java.io.IOException {
        try {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !browser.findElements(By.cssSelector(css)).isEmpty());
        } catch (ConditionTimeoutException e) {
            chromium.screenshot(SCREENSHOTS, "failure");
            throw new AssertionError("no " + css + " on " + browser.getCurrentUrl() + " within 30 s; the page shows:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        return browser.findElement(By.cssSelector(css));
    }

    private static String text(WebDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static WebElement cell(WebDriver browser, String path) {
        return browser.findElement(By.cssSelector("td[data-cell='" + path + "']"));
    }

    private static String figure(WebDriver browser, String key) {
        return browser.findElement(By.cssSelector("[data-figure='" + key + "'] b")).getText();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
