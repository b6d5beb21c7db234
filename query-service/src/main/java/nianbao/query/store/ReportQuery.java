package nianbao.query.store;

/** A search over the reports read model: optional filters, a page, a page size. */
public record ReportQuery(String agencyText, Integer year, String status, int page, int size) {
}
