package nianbao.query.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One sort key of {@code GET /reports}: a field from a fixed list, ascending or (with a leading '-') descending. */
public record ReportSort(String field, boolean descending) {

    /** Public sort names → stored fields. Only these can be sorted on. */
    public static final Map<String, String> FIELDS = Map.of(
            "year", "year", "agency", "agency", "fileName", "fileName", "receivedAt", "receivedAt",
            "errors", "validation.counts.error", "warnings", "validation.counts.warning", "status", "validation.status");

    /** Newest year first, then agency. */
    public static final List<ReportSort> DEFAULT = List.of(new ReportSort("year", true), new ReportSort("agency", false));

    /** Parses "-year,agency"; throws IllegalArgumentException naming the bad key. */
    public static List<ReportSort> parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        List<ReportSort> keys = new ArrayList<>();
        for (String part : value.split(",")) {
            String key = part.strip();
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            if (!FIELDS.containsKey(name)) {
                throw new IllegalArgumentException("sort must be a comma-separated list of " + FIELDS.keySet().stream().sorted().toList()
                        + ", each optionally with a leading '-', was '" + value + "'");
            }
            keys.add(new ReportSort(name, descending));
        }
        if (keys.size() > 3) {
            throw new IllegalArgumentException("sort takes at most 3 keys, was '" + value + "'");
        }
        return List.copyOf(keys);
    }

    public String storedField() {
        return FIELDS.get(field);
    }
}
