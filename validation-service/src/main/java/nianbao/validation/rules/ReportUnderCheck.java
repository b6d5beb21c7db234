package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed report (the contract JSON) as the rules read it: its cells, its diagnostics, what is known of other
 * reports, and the tally of what could be checked.
 */
public record ReportUnderCheck(JsonNode json, ReportCells cells, List<Diagnostic> diagnostics, History history,
                               CoverageTally tally) {

    public static ReportUnderCheck of(JsonNode report) {
        return of(report, History.none());
    }

    public static ReportUnderCheck of(JsonNode report, History history) {
        List<Diagnostic> diagnostics = Diagnostic.of(report);
        return new ReportUnderCheck(report, ReportCells.of(report, diagnostics), List.copyOf(diagnostics),
                history == null ? History.none() : history, new CoverageTally());
    }

    public String template() {
        return json.path("template").asText("unknown");
    }

    /** The statistical year, or null when the parser found none. */
    public Integer year() {
        return json.path("year").canConvertToInt() && json.path("year").isIntegralNumber() ? json.path("year").asInt() : null;
    }

    /** The agency's name as parsed, or "" when none. */
    public String agency() {
        JsonNode agency = json.path("agency");
        return agency.isTextual() ? agency.asText() : "";
    }

    /** The text of section number 1 … 6, or null when the report has no such section. */
    public String section(int number) {
        for (JsonNode section : json.path("sections")) {
            if (section.path("number").asInt() == number) {
                JsonNode text = section.path("text");
                return text.isTextual() ? text.asText() : "";
            }
        }
        return null;
    }

    /** The values the parser read from the narrative for one kind of fact (applicationsReceived, reviews, …). */
    public List<BigDecimal> facts(String kind) {
        List<BigDecimal> values = new ArrayList<>();
        for (JsonNode fact : json.path("narrativeFacts")) {
            if (kind.equals(fact.path("kind").asText()) && fact.path("value").isNumber()
                    && Double.isFinite(fact.path("value").doubleValue())) {
                values.add(fact.path("value").decimalValue());
            }
        }
        return values;
    }

    /** The report's diagnostics of the given codes, in the order the parser wrote them. */
    public List<Diagnostic> diagnostics(DiagnosticCode... codes) {
        List<DiagnosticCode> wanted = Arrays.asList(codes);
        return diagnostics.stream().filter(d -> wanted.contains(d.code())).toList();
    }

    /** Whether a cell holds something to check against: a number, or a blank that counts as 0. */
    public boolean checkable(String path) {
        return cells.checkable(path);
    }
}
