package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which applicant columns table 三 prints. The header names them, however it is split over lines ("商业企" / "业");
 * a column is missing only when the header names the others but not it. When the header cannot be read, or names
 * fewer columns than the rows hold values, the rows' own width decides: rows of seven values are the seven columns.
 */
final class ColumnSet {

    static final List<String> ALL = ApplicationsTableReader.COLUMNS;
    /** For each column, pieces of its name of which the header shows one even when a line break splits it. */
    private static final List<List<String>> NAME_PIECES = List.of(List.of("自然人"), List.of("商业企业", "商业企", "商业"),
            List.of("科研机构", "科研机", "科研", "研机构"), List.of("社会公益组织", "社会公益", "公益", "社会公", "益组织"),
            List.of("法律服务机构", "法律服务", "法律服", "律服务", "务机构"), List.of("其他"), List.of("总计", "合计"));

    private ColumnSet() {
    }

    static List<String> of(ApplicationsRows rows, Diagnostics diagnostics) {
        int commonWidth = commonWidth(rows.widths);
        String header = rows.headerText.toString().replace("法人或其他组织", "").replace("法人和其他组织", "");
        if (header.isEmpty()) {
            if (commonWidth == ALL.size()) {
                diagnostics.add(DiagnosticCode.HEADER_NOT_FOUND, ApplicationsTableReader.TABLE, null,
                        "no column header found; the rows hold seven values, the seven standard columns", null);
                return ALL;
            }
            diagnostics.add(DiagnosticCode.HEADER_NOT_FOUND, ApplicationsTableReader.TABLE, null,
                    "no column header found and the rows do not hold seven values: which columns they are cannot be told", null);
            return List.of();
        }
        List<String> present = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            if (NAME_PIECES.get(i).stream().anyMatch(header::contains)) {
                present.add(ALL.get(i));
            }
        }
        if (present.size() < ALL.size() && commonWidth == ALL.size()) {
            return ALL;   // the header was split beyond recognition, but every row holds all seven values
        }
        if (present.size() < commonWidth && commonWidth == ALL.size() - 1 && !header.contains("其他")) {
            present = new ArrayList<>(ALL);   // six values a row and no 其他 in the header: the column reports leave out
            present.remove("other");
        }
        for (String column : ALL) {
            if (!present.contains(column)) {
                diagnostics.add(DiagnosticCode.COLUMN_MISSING, ApplicationsTableReader.TABLE, column,
                        "the table has no column " + NAME_PIECES.get(ALL.indexOf(column)).get(0) + "; its cells are null in every row", null);
            }
        }
        return present;
    }

    /**
     * In a table with cell structure, the cell index of each present column as its header names it, side by side;
     * null when the header does not name every column in one place.
     */
    static int[] headerIndexes(ApplicationsRows rows, List<String> columns) {
        if (columns.isEmpty() || rows.headerRows.isEmpty()) {
            return null;
        }
        int[] indexes = new int[columns.size()];
        List<List<String>> header = rows.headerRows.stream().map(cells -> cells.stream().map(Labels::normalize).toList()).toList();
        for (int c = 0; c < columns.size(); c++) {
            indexes[c] = -1;
            String piece = NAME_PIECES.get(ALL.indexOf(columns.get(c))).get(0);
            for (List<String> cells : header) {
                for (int i = 0; i < cells.size() && indexes[c] < 0; i++) {
                    String cell = cells.get(i);
                    if (piece.equals("其他") ? cell.equals("其他") : cell.contains(piece)) {
                        indexes[c] = i;
                    }
                }
            }
            if (indexes[c] < 0 || (c > 0 && indexes[c] <= indexes[c - 1])) {
                return null;
            }
        }
        boolean contiguous = indexes[indexes.length - 1] - indexes[0] == indexes.length - 1;
        return contiguous ? indexes : null;
    }

    /**
     * The header's cell indexes hold only where the rows' values stand under them: every row that fills all the
     * columns starts at the header's first column (a header typed with other cell boundaries than its rows, as in
     * markdown, says nothing about where their values stand).
     */
    static boolean rowsStandUnder(List<ValueRow> rows, int[] indexes) {
        if (indexes == null) {
            return false;
        }
        int agree = 0;
        for (ValueRow row : rows) {
            if (row.positions() != null || ApplicationsRows.filledWidth(row.values()) != indexes.length) {
                continue;
            }
            int first = 0;
            while (row.values().get(first).isBlank()) {
                first++;
            }
            if (row.firstValueCell() + first != indexes[0]) {
                return false;
            }
            agree++;
        }
        return agree >= MIN_AGREEING_ROWS;
    }

    private static final int MIN_AGREEING_ROWS = 3;

    /** The width most rows share (ties to the larger), or 0 without rows. */
    private static int commonWidth(List<Integer> widths) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (int width : widths) {
            int count = counts.merge(width, 1, Integer::sum);
            if (count > bestCount || (count == bestCount && width > best)) {
                best = width;
                bestCount = count;
            }
        }
        return best;
    }
}
