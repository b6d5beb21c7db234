package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A parsed report (the contract JSON), its cells, and what is known of other reports, as the rules read them. */
public record ReportUnderCheck(JsonNode json, ReportCells cells, History history) {

    public static ReportUnderCheck of(JsonNode report) {
        return of(report, History.none());
    }

    public static ReportUnderCheck of(JsonNode report, History history) {
        return new ReportUnderCheck(report, ReportCells.of(report), history == null ? History.none() : history);
    }

    public String template() {
        return json.path("template").asText("unknown");
    }

    /** The statistical year, or null when the parser found none. */
    public Integer year() {
        return json.path("year").canConvertToInt() ? json.path("year").asInt() : null;
    }

    /** The text of section number 1 … 6, or null when the report has no such section. */
    public String section(int number) {
        for (JsonNode section : json.path("sections")) {
            if (section.path("number").asInt() == number) {
                return section.path("text").asText("");
            }
        }
        return null;
    }

    /** The values the parser read from the narrative for one kind of fact (applicationsReceived, reviews, …). */
    public List<BigDecimal> facts(String kind) {
        List<BigDecimal> values = new ArrayList<>();
        for (JsonNode fact : json.path("narrativeFacts")) {
            if (kind.equals(fact.path("kind").asText()) && fact.path("value").isNumber()) {
                values.add(fact.path("value").decimalValue());
            }
        }
        return values;
    }

    /** Whether a cell holds something to check against: a number, or a blank that counts as 0. */
    public boolean checkable(String path) {
        CellState state = cells.state(path);
        return state == CellState.NUMBER || state == CellState.EMPTY || state == CellState.NA;
    }
}
