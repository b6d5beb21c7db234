package nianbao.query.rest;

import nianbao.query.store.ReportStatus;
import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /reports/{id}}: the report in the public contract, plus {@code status}, its latest {@code validation}
 * (with its {@code coverage}), for a REJECTED report the {@code rejection} with stage and reason, and every
 * {@code deadLetters} entry recorded under its id ({@code topic}, {@code reason}, {@code at}), completed or not.
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
        view.put("rejection", ReportStatus.rejection(d));
        List<Map<String, Object>> deadLetters = ReportStatus.deadLetters(d).stream().map(ReportView::deadLetter).toList();
        view.put("deadLetters", deadLetters);
        return view;
    }

    private static Map<String, Object> deadLetter(Document stored) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("topic", stored.get("topic"));
        shown.put("reason", stored.get("reason"));
        shown.put("at", stored.get("at"));
        return shown;
    }
}
