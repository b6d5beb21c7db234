package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of a parsed report's layout by contract path ({@code applications.totalHandled.naturalPerson}), each with
 * its value and its state. A null cell's state comes from the report's {@code reading} when it has one, else from the
 * parser's diagnostics (docs/diagnostics.md); a null cell nothing explains is UNREAD.
 */
public final class ReportCells {

    private final boolean combinedOtherHandling;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, CellState> states = new LinkedHashMap<>();

    private ReportCells(boolean combinedOtherHandling) {
        this.combinedOtherHandling = combinedOtherHandling;
    }

    public static ReportCells of(JsonNode report) {
        return of(report, Diagnostic.of(report));
    }

    static ReportCells of(JsonNode report, List<Diagnostic> diagnostics) {
        boolean combined = report.at("/applications/otherHandling/combined").isObject()
                || diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.OTHER_HANDLING_COMBINED);
        ReportCells cells = new ReportCells(combined);
        Reading reading = Reading.of(report.path("reading"));
        for (String path : Layout.cells(combined)) {
            BigDecimal value = number(report.at(Layout.pointer(path)));
            cells.values.put(path, value);
            cells.states.put(path, value != null ? CellState.NUMBER
                    : reading != null ? reading.state(path) : explained(path, diagnostics));
        }
        return cells;
    }

    /** A finite JSON number as a decimal; anything else (null, text, NaN) is no value. */
    private static BigDecimal number(JsonNode node) {
        if (!node.isNumber() || (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) && !node.isBigDecimal())) {
            return null;
        }
        return node.decimalValue();
    }

    /** The state of a null cell from the diagnostics naming it: the most specific one decides, UNREAD on a tie. */
    private static CellState explained(String path, List<Diagnostic> diagnostics) {
        int best = -1;
        CellState state = CellState.UNREAD;
        for (Diagnostic d : diagnostics) {
            CellState effect = d.code().cellState();
            int level = effect == null ? -1 : specificity(d, path);
            if (level > best || (level == best && level >= 0 && effect.ordinal() > state.ordinal())) {
                best = level;
                state = effect;
            }
        }
        return best < 0 ? CellState.UNREAD : state;
    }

    /**
     * How precisely a diagnostic names a cell: 3 the cell itself, 2 its row (or a group of rows), 1 its column, 0 its
     * whole table; -1 when it does not name it.
     */
    static int specificity(Diagnostic d, String path) {
        if (d.table() == null || !path.startsWith(d.table() + ".")) {
            return -1;
        }
        String cell = path.substring(d.table().length() + 1);
        if (d.cell() == null || d.cell().isBlank()) {
            return 0;
        }
        if (d.code() == DiagnosticCode.COLUMN_MISSING) {
            return cell.endsWith("." + d.cell()) ? 1 : -1;
        }
        if (d.code() == DiagnosticCode.OTHER_HANDLING_COMBINED) {
            return Layout.OTHER_HANDLING_SUB_ROWS.stream().anyMatch(row -> cell.startsWith(row + ".")) ? 2 : -1;
        }
        return cell.equals(d.cell()) ? 3 : cell.startsWith(d.cell() + ".") ? 2 : -1;
    }

    /** Whether the cell belongs to the layout of this report (combined （六） or its three sub-rows). */
    public boolean inLayout(String path) {
        return states.containsKey(path);
    }

    /** Whether （六）其他处理 is printed as one row. */
    public boolean combinedOtherHandling() {
        return combinedOtherHandling;
    }

    /** The cell's number, or null when it holds none. */
    public BigDecimal value(String path) {
        return values.get(path);
    }

    /** The cell's state; a path outside the layout is ABSENT. */
    public CellState state(String path) {
        return states.getOrDefault(path, CellState.ABSENT);
    }

    /** Whether the cell has a value for checking: a number, or a blank that counts as 0. */
    public boolean checkable(String path) {
        return state(path).checkable();
    }

    /** The value for checking: the number, or 0 for a blank. Only for checkable cells. */
    public BigDecimal valueForChecking(String path) {
        CellState state = state(path);
        if (!state.checkable()) {
            throw new IllegalStateException(path + " is " + state + ": it has no value for checking");
        }
        return state == CellState.BLANK ? BigDecimal.ZERO : values.get(path);
    }

    /** The cells of the layout, in template order. */
    public List<String> paths() {
        return List.copyOf(states.keySet());
    }

    /** The cells in a state, in template order. */
    public List<String> inState(CellState state) {
        List<String> found = new ArrayList<>();
        states.forEach((path, s) -> {
            if (s == state) {
                found.add(path);
            }
        });
        return found;
    }

    public int cellsExpected() {
        return states.size();
    }

    public int cellsRead() {
        return (int) states.values().stream().filter(CellState::read).count();
    }

    /** The parser's {@code reading}: which null cells are blank, absent or unread, by contract path. */
    private record Reading(Set<String> blank, Set<String> absent, Set<String> unread) {

        static Reading of(JsonNode reading) {
            if (!reading.isObject()) {
                return null;
            }
            return new Reading(paths(reading.path("blank")), paths(reading.path("absent")), paths(reading.path("unread")));
        }

        private static Set<String> paths(JsonNode list) {
            Set<String> paths = new HashSet<>();
            list.forEach(p -> paths.add(p.asText()));
            return paths;
        }

        /** Blank or absent as listed; unread when listed so (whatever else lists it), or not listed at all. */
        CellState state(String path) {
            if (unread.contains(path)) {
                return CellState.UNREAD;
            }
            return blank.contains(path) ? CellState.BLANK : absent.contains(path) ? CellState.ABSENT : CellState.UNREAD;
        }
    }
}
