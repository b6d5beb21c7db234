package nianbao.query.rest;

import java.util.List;
import java.util.Map;

/** {@code GET /reports/{id}/findings}: the latest validation's findings with its rule-set version and status. */
public record ReportFindings(String reportId, String status, String ruleSetVersion, List<Map<String, Object>> findings) {
}
