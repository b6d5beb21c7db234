package nianbao.query.rest;

import nianbao.query.store.ReportStatus;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /reports/{id}}: the report in the public contract, plus {@code status}, its latest {@code validation}
 * and, for a rejected file, the {@code rejection} with stage and reason.
 */
final class ReportView {

    private ReportView() {
    }

    static Map<String, Object> of(Document d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reportId", d.getString("_id"));
        Document contract = d.get("report", Document.class);
        if (contract != null) {
            contract.forEach((key, value) -> {
                if (!key.equals("reportId")) {
                    view.put(key, value);
                }
            });
        } else {
            view.put("agency", d.get("agency"));
            view.put("year", d.get("year"));
            view.put("fileName", d.get("fileName"));
        }
        view.put("status", ReportStatus.of(d));
        view.put("validation", d.get("validation"));
        view.put("rejection", d.get("rejection"));
        return view;
    }
}
