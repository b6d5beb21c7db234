package nianbao.tools;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/** What query-service says about one report: enough for the publisher's table. */
public record ReportStatus(String reportId, String agency, Integer year, String status,
                           Integer errors, Integer warnings, String reason) {

    /** The final statuses; PARSED (parsed, not yet validated) and anything unknown mean "not yet". */
    public static final Set<String> FINAL = Set.of("PASSED", "WARNINGS", "INCOMPLETE", "ERRORS", "REJECTED");

    /** True once the report has its final status. */
    public boolean done() {
        return status != null && FINAL.contains(status);
    }

    /**
     * Reads GET /reports/{reportId}. Counts come from {@code validation.errors} / {@code warnings} (numbers or lists),
     * else {@code validation.counts.error} / {@code warning}, else the top level; the reason from {@code reason} or
     * {@code rejection.reason}.
     */
    public static ReportStatus from(String reportId, JsonNode report) {
        JsonNode validation = report.path("validation");
        return new ReportStatus(reportId,
                text(report.get("agency")),
                report.path("year").isIntegralNumber() ? report.get("year").asInt() : null,
                text(report.get("status")),
                count(report, validation, "errors", "error"),
                count(report, validation, "warnings", "warning"),
                firstText(report.get("reason"), report.path("rejection").get("reason")));
    }

    private static Integer count(JsonNode report, JsonNode validation, String plural, String singular) {
        for (JsonNode node : new JsonNode[] {validation.get(plural), validation.path("counts").get(singular),
                validation.path("counts").get(plural), report.get(plural)}) {
            if (node != null && node.isArray()) {
                return node.size();
            }
            if (node != null && node.isNumber()) {
                return node.asInt();
            }
        }
        return null;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = text(node);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
