package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a parsed report by contract path ({@code applications.totalHandled.naturalPerson}), each with its
 * value and its state, which the parser's diagnostics explain when the value is null.
 */
public final class ReportCells {

    public static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewsAndLawsuits");

    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, CellState> states = new HashMap<>();

    private ReportCells() {
    }

    public static ReportCells of(JsonNode report) {
        ReportCells cells = new ReportCells();
        for (String table : TABLES) {
            cells.collect(table, report.path(table));
        }
        for (JsonNode diagnostic : report.path("diagnostics")) {
            cells.explain(diagnostic.path("code").asText(), diagnostic.path("table").asText(null),
                    diagnostic.path("cell").asText(null));
        }
        return cells;
    }

    private void collect(String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(path + "." + field.getKey(), field.getValue());
            }
        } else if (node.isNumber()) {
            values.put(path, node.decimalValue());
            states.put(path, CellState.NUMBER);
        } else if (node.isNull() || node.isMissingNode()) {
            values.put(path, null);
            states.put(path, CellState.ABSENT);
        }
    }

    /** Applies one parser diagnostic to the null cells it concerns. */
    private void explain(String code, String table, String cell) {
        if (table == null || !TABLES.contains(table)) {
            return;
        }
        CellState state = switch (code) {
            case "CELL_BLANK" -> CellState.EMPTY;
            case "CELL_NA" -> CellState.NA;
            case "COLUMN_MISSING", "ROW_MISSING", "TABLE_MISSING" -> CellState.MISSING;
            case "ROW_AMBIGUOUS", "CELL_TEXT", "NUMBER_TOO_LARGE", "LABEL_AMBIGUOUS", "TABLE_2019_LAYOUT" -> CellState.UNREADABLE;
            default -> null;
        };
        if (state == null) {
            return;
        }
        String prefix = table + ".";
        for (String path : values.keySet()) {
            if (values.get(path) == null && path.startsWith(prefix) && concerns(path.substring(prefix.length()), code, cell)) {
                states.put(path, state);
            }
        }
    }

    private static boolean concerns(String cellPath, String code, String cell) {
        if (cell == null || code.equals("TABLE_MISSING") || code.equals("TABLE_2019_LAYOUT")) {
            return true;
        }
        if (code.equals("COLUMN_MISSING")) {
            return cellPath.endsWith("." + cell);
        }
        return cellPath.equals(cell) || cellPath.startsWith(cell + ".");
    }

    public boolean has(String path) {
        return states.containsKey(path);
    }

    public BigDecimal value(String path) {
        return values.get(path);
    }

    /** The value for checking: the number, or 0 for a cell that holds none. */
    public BigDecimal valueForChecking(String path) {
        BigDecimal value = values.get(path);
        return value == null ? BigDecimal.ZERO : value;
    }

    public CellState state(String path) {
        return states.getOrDefault(path, CellState.ABSENT);
    }

    public Iterable<String> paths() {
        return values.keySet();
    }
}
