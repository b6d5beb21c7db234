package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The values read for one table, by path inside the table (e.g. {@code denied.stateSecret.total}). */
public final class CellGrid {

    private final Map<String, BigDecimal> values = new HashMap<>();

    public void put(String path, BigDecimal value) {
        if (value != null) {
            values.put(path, value);
        }
    }

    public BigDecimal get(String path) {
        return values.get(path);
    }
}
