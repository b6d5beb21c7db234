package nianbao.validation.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nianbao.support.mongo.EmbeddedMongoServer;
import nianbao.validation.rules.Finding;
import nianbao.validation.rules.RuleSet;
import nianbao.validation.rules.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P04 and A01 on the region-wide report, kept up to date as its region's agencies' reports arrive, in any order:
 * each arrival validates the region-wide reports of its year and later again.
 */
class RegionValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedMongoServer server;
    private static MongoClient client;
    private HistoricValidation validation;
    private String city;

    @BeforeAll
    static void startStore() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void freshStoreAndRegion() {
        String database = "regions-" + UUID.randomUUID();
        ReportHistory history = new ReportHistory(client, database);
        validation = new HistoricValidation(new Validator(RuleSet.bundled(Map.of())), history,
                new RegionHistory(client, database), JSON);
        city = "测试" + UUID.randomUUID().toString().substring(0, 6) + "市";
    }

    /** Seed 000 (all applications totals: 7 new, 5 carried forward, …) as a report of the city, with its own text. */
    private ObjectNode report(String agency, int year) throws IOException {
        try (InputStream in = RegionValidationTest.class.getResourceAsStream("/seeds/000_2f8ee6c9bd0fa497.json")) {
            ObjectNode report = (ObjectNode) JSON.readTree(in);
            report.put("agency", agency).put("year", year).put("title", agency + year + "年政府信息公开工作年度报告")
                    .put("reportId", agency + year);
            report.putObject("region").put("province", "宁夏回族自治区").put("city", city).putNull("county");
            report.putArray("sections");
            return report;
        }
    }

    private List<HistoricValidation.Checked> arrive(String agency, int year) throws IOException {
        return validation.validate(agency + year, report(agency, year));
    }

    private static List<Finding> findings(List<HistoricValidation.Checked> checked, String reportId, String rule) {
        return checked.stream().filter(c -> c.reportId().equals(reportId)).reduce((a, b) -> b).orElseThrow()
                .validation().findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void theRegionWideReportListsKnownAgenciesWithoutAReportUntilTheirReportsArrive() throws IOException {
        String government = city + "人民政府";
        arrive(city + "商务局", 2024);
        arrive(city + "教育局", 2024);

        List<HistoricValidation.Checked> first = arrive(government, 2025);
        assertThat(findings(first, government + 2025, "P04")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains(city + "商务局"))
                .anySatisfy(m -> assertThat(m).contains(city + "教育局"));
        assertThat(first.get(0).validation().coverage().unchecked()).extracting(u -> u.rule()).contains("A01");

        List<HistoricValidation.Checked> commerce = arrive(city + "商务局", 2025);
        assertThat(commerce).extracting(HistoricValidation.Checked::reportId).contains(government + 2025);
        assertThat(findings(commerce, government + 2025, "P04")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(city + "教育局"));

        List<HistoricValidation.Checked> education = arrive(city + "教育局", 2025);
        assertThat(findings(education, government + 2025, "P04")).isEmpty();
        assertThat(findings(education, government + 2025, "A01")).extracting(f -> f.cells().get(0))
                .contains("applications.newReceived.total");
    }

    @Test
    void anAgencysLateReportOfAnEarlierYearMakesItKnownToTheLaterRegionWideReport() throws IOException {
        String government = city + "人民政府";
        List<HistoricValidation.Checked> alone = arrive(government, 2025);
        assertThat(findings(alone, government + 2025, "P04")).isEmpty();

        List<HistoricValidation.Checked> late = arrive(city + "民政局", 2024);

        assertThat(findings(late, government + 2025, "P04")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(city + "民政局", "2024", "2025"));
    }

    @Test
    void theSameReportTwiceIsOneAgencyOfTheRegion() throws IOException {
        String government = city + "人民政府";
        arrive(city + "商务局", 2024);
        arrive(city + "商务局", 2024);

        JsonNode p04 = JSON.valueToTree(findings(arrive(government, 2025), government + 2025, "P04"));

        assertThat(p04).hasSize(1);
    }
}
