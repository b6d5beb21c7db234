package nianbao.parser.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads table 三 (applications): finds which applicant columns the header has, then places each row's values by
 * its label. Rows whose numbers sit on the line after their label (PDF extraction) are joined back.
 */
public final class ApplicationsTableReader {

    static final String TABLE = "applications";
    public static final List<String> COLUMNS =
            List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total");
    private static final List<String> COLUMN_HEADERS =
            List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** What was read: the cells, and whether the report printed （六）其他处理 as one row. */
    public record Result(CellGrid grid, boolean combinedOtherHandling, boolean found) {
    }

    private final Diagnostics diagnostics;
    private final CellGrid grid = new CellGrid();
    private final Map<ApplicationRowKey, Integer> seen = new EnumMap<>(ApplicationRowKey.class);
    private final List<String> headerCells = new ArrayList<>();

    public ApplicationsTableReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Result read(List<SourceRow> rows) {
        List<LabeledRow> dataRows = new ArrayList<>();
        LabeledRow pendingLabel = null;
        for (SourceRow source : rows) {
            LabeledRow row = LabeledRow.of(source);
            if (isHeader(row)) {
                source.cells().forEach(c -> headerCells.add(Labels.normalize(c)));
            } else if (row.hasLabel() && !row.hasValues() && row.values().size() < 2) {
                pendingLabel = ApplicationRowKey.match(row.label()).isEmpty() ? pendingLabel : row;
            } else if (!row.hasLabel() && row.hasValues() && pendingLabel != null) {
                dataRows.add(new LabeledRow(pendingLabel.line(), pendingLabel.label(), row.values()));
                pendingLabel = null;
            } else if (row.hasLabel()) {
                dataRows.add(row);
                pendingLabel = null;
            }
        }
        List<String> columns = presentColumns();
        for (LabeledRow row : dataRows) {
            placeRow(row, columns);
        }
        boolean combined = reportMissingRows();
        return new Result(grid, combined, !seen.isEmpty());
    }

    private static boolean isHeader(LabeledRow row) {
        String label = row.label();
        boolean namesColumns = label.contains("自然人") || label.contains("申请人情况") || label.contains("商业企业")
                || label.contains("法人或其他组织");
        return namesColumns && row.values().stream().noneMatch(c -> c.kind() == CellKind.NUMBER);
    }

    private List<String> presentColumns() {
        if (headerCells.isEmpty()) {
            diagnostics.add("HEADER_NOT_FOUND", TABLE, null,
                    "no column header found; the seven standard columns are assumed", null);
            return COLUMNS;
        }
        String joined = String.join("|", headerCells).replace("法人或其他组织", "");
        List<String> present = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String header = COLUMN_HEADERS.get(i);
            boolean found = i == 5 ? joined.contains("其他") : joined.contains(header);
            if (found) {
                present.add(COLUMNS.get(i));
            } else {
                diagnostics.add("COLUMN_MISSING", TABLE, COLUMNS.get(i),
                        "the table has no column " + header + "; its cells are null in every row", null);
            }
        }
        return present;
    }

    private void placeRow(LabeledRow row, List<String> columns) {
        List<ApplicationRowKey> keys = ApplicationRowKey.match(row.label());
        if (keys.isEmpty()) {
            if (row.hasValues()) {
                diagnostics.add("UNPLACED_VALUES", TABLE, null, "a row with values whose label names no row of the table",
                        row.line(), row.label());
            }
            return;
        }
        if (keys.size() > 1) {
            diagnostics.add("LABEL_AMBIGUOUS", TABLE, null, "label names several rows: " + keys, row.line(), row.label());
            return;
        }
        ApplicationRowKey key = keys.get(0);
        if (seen.containsKey(key)) {
            diagnostics.add("DUPLICATE_ROW", TABLE, key.path(), "row appears again; the first one is kept", row.line(),
                    row.label());
            return;
        }
        seen.put(key, row.line());
        RowAligner.Placement placement = RowAligner.place(row.values(), columns.size(), totalAddsUp(columns));
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, key.path(), placement.detail(), row.line(), rawOf(row));
        }
        if (!placement.placed()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = placement.cells().get(i);
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(key.path(), columns.get(i), cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, key.path() + "." + columns.get(i), cell, row.line());
            }
        }
    }

    /** The row identity used to place surplus cells: total = sum of the other columns. */
    private static Predicate<List<BigDecimal>> totalAddsUp(List<String> columns) {
        if (columns.size() < 2 || !columns.get(columns.size() - 1).equals("total")) {
            return null;
        }
        return values -> {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < values.size() - 1; i++) {
                sum = sum.add(values.get(i));
            }
            return sum.compareTo(values.get(values.size() - 1)) == 0;
        };
    }

    /** Notes rows the table lacks; returns true when （六） was printed as a single row instead of three. */
    private boolean reportMissingRows() {
        if (seen.isEmpty()) {
            return false;
        }
        boolean combined = seen.containsKey(ApplicationRowKey.OTHER_HANDLING_COMBINED);
        boolean subRows = seen.containsKey(ApplicationRowKey.OVERDUE_CORRECTION) || seen.containsKey(ApplicationRowKey.UNPAID_FEE)
                || seen.containsKey(ApplicationRowKey.OTHER_HANDLING_OTHER);
        if (combined && !subRows) {
            diagnostics.add("OTHER_HANDLING_COMBINED", TABLE, "otherHandling.combined",
                    "（六）其他处理 is printed as one row (2019 layout); its values are under otherHandling.combined", seen.get(ApplicationRowKey.OTHER_HANDLING_COMBINED));
        }
        for (ApplicationRowKey key : ApplicationRowKey.values()) {
            boolean expected = switch (key) {
                case OTHER_HANDLING_COMBINED -> false;
                case OVERDUE_CORRECTION, UNPAID_FEE, OTHER_HANDLING_OTHER -> !(combined && !subRows);
                default -> true;
            };
            if (expected && !seen.containsKey(key)) {
                diagnostics.add("ROW_MISSING", TABLE, key.path(), "row not found in table 三; its cells are null", null);
            }
        }
        return combined && !subRows;
    }

    private static String rawOf(LabeledRow row) {
        return String.join("\t", row.values().stream().map(Cell::raw).toList());
    }
}
