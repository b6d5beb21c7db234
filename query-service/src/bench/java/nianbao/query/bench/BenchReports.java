package nianbao.query.bench;

import nianbao.query.model.CellCatalog;
import nianbao.query.model.TableCell;
import nianbao.query.store.ReportStore;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates read-model documents of parsed and validated reports, as the projector stores them: 31 provinces,
 * 10 cities each, 5 counties each, one agency per county and kind, five years, every table cell filled.
 */
final class BenchReports {

    static final int PROVINCES = 31;
    static final int CITIES = 10;
    static final int COUNTIES = 5;
    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;
    private static final String[] STATUSES = {"PASSED", "WARNINGS", "ERRORS"};

    private BenchReports() {
    }

    static String province(int p) {
        return "省" + p;
    }

    static String reportId(int n) {
        return String.format("bench-%064d", n);
    }

    /** Report number n of the data set (ids are reportId(0 … count−1)). */
    static Document document(int n, Random random) {
        int year = FIRST_YEAR + n % YEARS;
        int agency = n / YEARS;
        int county = agency % (PROVINCES * CITIES * COUNTIES);
        int kind = agency / (PROVINCES * CITIES * COUNTIES);
        int p = county / (CITIES * COUNTIES);
        int c = county / COUNTIES % CITIES;
        String countyName = "县" + county;
        String name = countyName + "第" + kind + "局";
        Document contract = new Document("reportId", reportId(n)).append("agency", name).append("year", year)
                .append("title", name + " " + year + " 年政府信息公开工作年度报告").append("template", "2021")
                .append("region", new Document("province", province(p)).append("city", "市" + p + "-" + c)
                        .append("county", countyName).append("code", null))
                .append("source", new Document("fileName", reportId(n) + ".txt").append("mediaType", "text/plain")
                        .append("receivedAt", year + 1 + "-01-15T00:00:00Z"));
        for (TableCell cell : CellCatalog.all()) {
            put(contract, cell.path(), cell.path().contains("combined") ? null : random.nextInt(20));
        }
        String status = STATUSES[random.nextInt(STATUSES.length)];
        List<Document> findings = new ArrayList<>();
        if (!status.equals("PASSED")) {
            findings.add(new Document("ruleId", status.equals("ERRORS") ? "T3-01" : "S06")
                    .append("severity", status.equals("ERRORS") ? "error" : "warning"));
        }
        Document validation = new Document("eventId", "e" + n).append("occurredAt", "2026-01-01T00:00:00Z")
                .append("agency", name).append("year", year).append("ruleSetVersion", "bench").append("status", status)
                .append("counts", new Document("error", status.equals("ERRORS") ? 1 : 0)
                        .append("warning", status.equals("WARNINGS") ? 1 : 0).append("info", 0))
                .append("findings", findings);
        Document document = new Document("_id", reportId(n));
        document.putAll(ReportStore.parsedFields(contract, "2026-01-01T00:00:00Z"));
        return document.append("current", true).append("validation", validation);
    }

    private static void put(Document root, String path, Object value) {
        String[] keys = path.split("\\.");
        Document node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            Document next = node.get(keys[i], Document.class);
            if (next == null) {
                next = new Document();
                node.put(keys[i], next);
            }
            node = next;
        }
        node.put(keys[keys.length - 1], value);
    }
}
