package nianbao.query.model;

import java.math.BigDecimal;
import java.util.Map;

/** Reads one cell of a report (the contract as nested maps) by its dotted path: a number, or null when blank or absent. */
public final class CellValues {

    private CellValues() {
    }

    public static BigDecimal get(Map<String, Object> report, String path) {
        Object node = report;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        if (node instanceof BigDecimal decimal) {
            return decimal;
        }
        if (node instanceof Integer || node instanceof Long) {
            return BigDecimal.valueOf(((Number) node).longValue());
        }
        if (node instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return null;
    }
}
