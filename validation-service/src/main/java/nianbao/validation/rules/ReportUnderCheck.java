package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed report (the contract JSON) and its cells, as the rules read them. */
public record ReportUnderCheck(JsonNode json, ReportCells cells) {

    public static ReportUnderCheck of(JsonNode report) {
        return new ReportUnderCheck(report, ReportCells.of(report));
    }

    public String template() {
        return json.path("template").asText("unknown");
    }
}
