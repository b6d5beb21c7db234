package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P01 (published on time), P04 (every known agency reported) and A01 (the region ≈ its agencies), on one report. */
class ReportsAcrossRulesTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    private static ObjectNode agency(String name) {
        ObjectNode report = Reports.consistent();
        report.put("agency", name).put("title", name + "2025年政府信息公开工作年度报告");
        report.putObject("region").put("province", "宁夏回族自治区").put("city", "中卫市").putNull("county");
        return report;
    }

    private static ObjectNode published(ObjectNode report, String date, String basis) {
        report.putObject("publication").put("date", date).put("basis", basis);
        return report;
    }

    private List<Finding> findings(ObjectNode report, History history, String rule) {
        return validator.validate(report, history).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void p01GivesAnAgencyUntil31JanuaryAndTheRegionWideReportUntil31MarchNamingTheBasis() {
        List<Finding> late = findings(published(agency("中卫市商务局"), "2026-02-01", "signature-date"), History.none(), "P01");
        assertThat(late).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("publication.date");
            assertThat(f.expected()).isEqualTo("≤ 2026-01-31");
            assertThat(f.actual()).isEqualTo("2026-02-01 (signature-date)");
            assertThat(f.message()).contains("落款日期");
        });
        assertThat(findings(published(agency("中卫市商务局"), "2026-01-31", "html-meta"), History.none(), "P01")).isEmpty();
        assertThat(findings(published(agency("中卫市人民政府"), "2026-03-31", "published-line"), History.none(), "P01")).isEmpty();
        assertThat(findings(published(agency("中卫市人民政府"), "2026-04-01", "published-line"), History.none(), "P01")).hasSize(1);
    }

    @Test
    void withoutAPublicationDateP01IsNotCheckedAndTheCoverageSaysSoWithoutChangingTheStatus() {
        Validation validation = validator.validate(agency("中卫市商务局"));

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.coverage().unchecked()).singleElement()
                .isEqualTo(new Coverage.Unchecked("P01", "publication", List.of("publication.date")));
        assertThat(validation.status()).isEqualTo(Validation.PASSED);
    }

    @Test
    void theRegionWideReportIsTheGovernmentsOrTheRegionsOrItsOfficesWhenTheTitleNamesOnlyTheRegion() {
        ObjectNode office = agency("中卫市人民政府办公室");
        ObjectNode compiledByTheOffice = agency("中卫市人民政府办公室").put("title", "中卫市2025年政府信息公开工作年度报告");

        assertThat(regionWide(agency("中卫市人民政府"))).isTrue();
        assertThat(regionWide(agency("中卫市"))).isTrue();
        assertThat(regionWide(compiledByTheOffice)).isTrue();
        assertThat(regionWide(office)).isFalse();
        assertThat(regionWide(agency("中卫市商务局"))).isFalse();
        assertThat(regionWide(agency("沙坡头区人民政府"))).isFalse();
    }

    private static boolean regionWide(ObjectNode report) {
        return ReportRegion.of(report).regionWide(report);
    }

    @Test
    void p04ListsEachKnownAgencyWithoutAReportOnTheRegionWideReport() {
        History.Region region = new History.Region(List.of(History.AgencyReport.of("中卫市商务局", agency("中卫市商务局"))),
                List.of(new History.KnownAgency("中卫市教育局", 2024)));
        History history = new History(null, List.of(), region);

        assertThat(findings(agency("中卫市人民政府"), history, "P04")).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly("region");
            assertThat(f.message()).contains("中卫市教育局", "2024", "2025");
        });
        assertThat(findings(agency("中卫市商务局"), history, "P04")).isEmpty();
    }

    @Test
    void a01ComparesTheRegionsTotalsWithItsAgenciesWhenAllKnownAgenciesReported() {
        ObjectNode commerce = agency("中卫市商务局");
        ObjectNode education = agency("中卫市教育局");
        History all = new History(null, List.of(), new History.Region(List.of(History.AgencyReport.of("中卫市商务局", commerce),
                History.AgencyReport.of("中卫市教育局", education)), List.of()));
        ObjectNode government = agency("中卫市人民政府");

        assertThat(findings(government, all, "A01")).extracting(f -> f.cells().get(0))
                .containsExactly("applications.newReceived.total", "applications.totalHandled.total",
                        "applications.carriedForward.total");
        Reports.with(government, "applications.newReceived.total", 21);
        Reports.with(government, "applications.totalHandled.total", 17);
        Reports.with(government, "applications.carriedForward.total", 5);
        assertThat(findings(government, all, "A01")).isEmpty();
    }

    @Test
    void a01IsNotCheckedWhileAKnownAgencyHasNoReportOrAnAgencysCellIsUnread() {
        ObjectNode unread = Reports.with(agency("中卫市商务局"), "applications.newReceived.total", null);
        History oneMissing = new History(null, List.of(), new History.Region(List.of(History.AgencyReport.of("中卫市商务局", unread)),
                List.of(new History.KnownAgency("中卫市教育局", 2024))));
        History oneUnread = new History(null, List.of(), new History.Region(List.of(History.AgencyReport.of("中卫市商务局", unread)),
                List.of()));

        Validation missing = validator.validate(agency("中卫市人民政府"), oneMissing);
        Validation notRead = validator.validate(agency("中卫市人民政府"), oneUnread);

        assertThat(missing.findings()).extracting(Finding::ruleId).containsExactly("P04");
        assertThat(missing.coverage().unchecked()).contains(new Coverage.Unchecked("A01", "中卫市", List.of("中卫市教育局")));
        assertThat(notRead.findings()).extracting(Finding::ruleId).doesNotContain("A01");
        assertThat(notRead.coverage().unchecked()).contains(new Coverage.Unchecked("A01", "applications.newReceived.total",
                List.of("中卫市商务局:applications.newReceived.total")));
    }
}
