package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a JSON value is a parsed report in the contract's shape (docs/report-contract.md), and if not, why: a
 * {@code reportId}, the three tables (objects, or null when the report has none), cells that are numbers of at most
 * 12 integer digits or null, lists where the contract has lists. What {@code POST /validate} and the Kafka stage refuse.
 */
public final class ReportShape {

    private static final int MAX_REASONS = 10;
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_SCALE = 12;

    private ReportShape() {
    }

    /** Why the value is not a parsed report; empty when it is one. */
    public static List<String> problems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        if (report == null || !report.isObject()) {
            return List.of("the body must be a JSON object: a parsed report in the report contract");
        }
        if (!report.path("reportId").isTextual() || report.path("reportId").asText().isBlank()) {
            problems.add("reportId is missing: a parsed report carries the sha256 of its file");
        }
        for (String table : List.of("activeDisclosure", "applications", "reviewsAndLawsuits")) {
            JsonNode node = report.path(table);
            if (node.isMissingNode()) {
                problems.add(table + " is missing (null when the report has no such table)");
            } else if (!node.isObject() && !node.isNull()) {
                problems.add(table + " must be an object or null");
            }
        }
        for (String list : List.of("diagnostics", "sections", "narrativeFacts")) {
            JsonNode node = report.path(list);
            if (!node.isMissingNode() && !node.isNull() && !node.isArray()) {
                problems.add(list + " must be a list");
            }
        }
        JsonNode year = report.path("year");
        if (!year.isMissingNode() && !year.isNull() && !(year.isIntegralNumber() && year.canConvertToInt())) {
            problems.add("year must be a whole number or null");
        }
        if (problems.isEmpty()) {
            cells(report, problems);
        }
        return problems.size() > MAX_REASONS ? List.copyOf(problems.subList(0, MAX_REASONS)) : problems;
    }

    private static void cells(JsonNode report, List<String> problems) {
        boolean combined = report.at("/applications/otherHandling/combined").isObject();
        for (String path : Layout.cells(combined)) {
            JsonNode cell = report.at(Layout.pointer(path));
            if (cell.isMissingNode() || cell.isNull()) {
                continue;
            }
            if (!cell.isNumber() || (cell.isFloatingPointNumber() && !cell.isBigDecimal() && !Double.isFinite(cell.doubleValue()))) {
                problems.add(path + " must be a number or null");
                continue;
            }
            BigDecimal value = cell.decimalValue();
            if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_SCALE) {
                problems.add(path + " is out of range: at most " + MAX_INTEGER_DIGITS + " digits before and "
                        + MAX_SCALE + " after the point");
            }
        }
    }
}
