package nianbao.validation.store;

import org.bson.Document;

import java.util.List;

/**
 * What validation-service keeps of one agency's report of one year (MongoDB collection {@code reportHistory}, _id
 * {@code agencyKey|year}): the report itself, to check it again when another report arrives, and its text
 * fingerprint with the LSH bands that find near-identical texts.
 */
public record ReportHistoryDocument(String id, String agencyKey, int year, String reportId, String agency, String reportJson,
                                    int shingleCount, List<Integer> signature, List<String> bands) {

    public static String id(String agencyKey, int year) {
        return agencyKey + "|" + year;
    }

    public Document toDocument() {
        return new Document("_id", id).append("agencyKey", agencyKey).append("year", year).append("reportId", reportId)
                .append("agency", agency).append("reportJson", reportJson).append("shingleCount", shingleCount)
                .append("signature", signature).append("bands", bands);
    }

    public static ReportHistoryDocument from(Document d) {
        return new ReportHistoryDocument(d.getString("_id"), d.getString("agencyKey"), d.getInteger("year"), d.getString("reportId"),
                d.getString("agency"), d.getString("reportJson"), d.getInteger("shingleCount", 0),
                d.getList("signature", Integer.class, List.of()), d.getList("bands", String.class, List.of()));
    }
}
