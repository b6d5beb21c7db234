package nianbao.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * T2-03: 规章 (regulations) can only be made by provincial governments, governments of 设区的市 / 自治州 and State
 * Council departments; any other body reporting regulations issued or in force is flagged.
 */
public final class RegulationMakerRule extends DefinedRule {

    private static final Pattern PROVINCE_OR_CITY_GOVERNMENT = Pattern.compile(".*(省|自治区|市|自治州|盟)人民政府(办公厅|办公室)?$");
    private static final Pattern STATE_COUNCIL = Pattern.compile("^(国务院|中华人民共和国|国家|海关总署|中国人民银行|审计署).*");

    public RegulationMakerRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        String agency = report.json().path("agency").asText("");
        if (agency.isBlank() || !report.template().equals("2021") || canMakeRegulations(report, agency)) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String column : List.of("issued", "inForce")) {
            BigDecimal value = report.cells().value("activeDisclosure.regulations." + column);
            if (value != null && value.signum() > 0) {
                cells.add("activeDisclosure.regulations." + column);
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        return List.of(finding(cells, "0", NarrativeClaim.plain(report.cells().value(cells.get(0))),
                agency + "无规章制定权，但统计表填报了规章件数",
                agency + " cannot make 规章 (regulations), yet the table reports some"));
    }

    /** A government of a province or of a 设区的市 (a city with no county in its region), or a State Council body. */
    private static boolean canMakeRegulations(ReportUnderCheck report, String agency) {
        if (STATE_COUNCIL.matcher(agency).matches()) {
            return true;
        }
        boolean county = !report.json().path("region").path("county").isNull()
                && !report.json().path("region").path("county").isMissingNode();
        return PROVINCE_OR_CITY_GOVERNMENT.matcher(agency).matches() && !county;
    }
}
