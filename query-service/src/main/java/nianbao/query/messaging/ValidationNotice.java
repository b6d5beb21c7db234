package nianbao.query.messaging;

/** What dashboards get on {@code GET /events} for each validation: which report, its status and counts. */
public record ValidationNotice(String reportId, String agency, Integer year, String status, Integer errors, Integer warnings,
                               String ruleSetVersion, String occurredAt) {
}
