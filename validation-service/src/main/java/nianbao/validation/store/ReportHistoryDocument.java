package nianbao.validation.store;

import org.bson.Document;

import nianbao.validation.rules.History;
import nianbao.validation.rules.RegionSumRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validation-service keeps of one agency's report of one year (MongoDB collection {@code reportHistory}, _id
 * {@code agencyKey|year}): the report itself, to check it again when another report arrives, and its text
 * fingerprint with the LSH bands that find near-identical texts, and the totals A01 compares (in the order of
 * {@code RegionSumRule.TOTALS}, each a plain number or null when unread or absent; null for a document kept before
 * they were).
 */
public record ReportHistoryDocument(String id, String agencyKey, int year, String reportId, String agency, String reportJson,
                                    int shingleCount, List<Integer> signature, List<String> bands, List<String> totals) {

    /** The totals as {@link History.AgencyReport} holds them; null when the document has none. */
    public Map<String, BigDecimal> totalsByPath() {
        if (totals == null) {
            return null;
        }
        Map<String, BigDecimal> byPath = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(totals.size(), RegionSumRule.TOTALS.size()); i++) {
            if (totals.get(i) != null) {
                byPath.put(RegionSumRule.TOTALS.get(i), new BigDecimal(totals.get(i)));
            }
        }
        return byPath;
    }

    /** The totals of a report as kept: in the order of {@code RegionSumRule.TOTALS}, null when unread or absent. */
    public static List<String> totals(Map<String, BigDecimal> byPath) {
        List<String> kept = new ArrayList<>();
        RegionSumRule.TOTALS.forEach(t -> kept.add(byPath.containsKey(t) ? byPath.get(t).toPlainString() : null));
        return kept;
    }

    public static String id(String agencyKey, int year) {
        return agencyKey + "|" + year;
    }

    public Document toDocument() {
        return new Document("_id", id).append("agencyKey", agencyKey).append("year", year).append("reportId", reportId)
                .append("agency", agency).append("reportJson", reportJson).append("shingleCount", shingleCount)
                .append("signature", signature).append("bands", bands).append("totals", totals);
    }

    public static ReportHistoryDocument from(Document d) {
        return new ReportHistoryDocument(d.getString("_id"), d.getString("agencyKey"), d.getInteger("year"), d.getString("reportId"),
                d.getString("agency"), d.getString("reportJson"), d.getInteger("shingleCount", 0),
                d.getList("signature", Integer.class, List.of()), d.getList("bands", String.class, List.of()),
                d.getList("totals", String.class));
    }
}
