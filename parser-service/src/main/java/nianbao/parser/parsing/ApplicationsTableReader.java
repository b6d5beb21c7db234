package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads table 三 (applications) against its template: which applicant columns the header has, which template row
 * each row of values is (by its label, or by its position between labelled rows: {@link TemplateAligner}), and
 * which column each value stands in. A table printed twice is read twice and compared: cells the copies disagree
 * on are unread. Every cell without a number is marked with why ({@link CellState}) and a diagnostic.
 */
public final class ApplicationsTableReader {

    static final String TABLE = "applications";
    public static final List<String> COLUMNS =
            List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total");

    /** What was read: the cells, whether （六）其他处理 was one row, whether the table was found at all. */
    public record Result(CellGrid grid, boolean combinedOtherHandling, boolean found) {
    }

    /** One copy of the table as read: its rows placed on the template, how, and its own rows. */
    private record Copy(Map<ApplicationRowKey, PlacedRow> placed, TemplateAligner.Result aligned, List<ValueRow> rows) {

        boolean unreadable() {
            return !aligned.unplaced().isEmpty() || placed.values().stream().anyMatch(p -> p.cells() == null);
        }
    }

    /** One template row's cells as placed (null when the row was found but its cells could not be placed). */
    private record PlacedRow(int line, List<Cell> cells) {
    }

    private final Diagnostics diagnostics;
    private final CellGrid grid = new CellGrid();
    /** Where the header puts each column in a table with cell structure, or null. */
    private int[] headerIndexes;
    /** Whether the rows that fill every column stand exactly under those header cells. */
    private boolean headerReliable;
    /** How many cells nearly every row of a tab-separated or grid table has, or -1 when they vary. */
    private int commonReach = -1;

    public ApplicationsTableReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Result read(List<SourceRow> rows) {
        ApplicationsRows collected = ApplicationsRows.collect(rows);
        if (collected.valueRows.isEmpty()) {
            diagnostics.add(DiagnosticCode.TABLE_MISSING, TABLE, null, "table 三 not found: no row of values", null);
            markAll(ApplicationsTemplate.STANDARD, COLUMNS, CellState.UNREAD);
            return new Result(grid, false, false);
        }
        List<String> columns = ColumnSet.of(collected, diagnostics);
        commonReach = commonReach(collected.valueRows);
        List<ValueRow> valueRows = labelLinesAsLabels(collected.valueRows, commonReach);
        headerIndexes = ColumnSet.headerIndexes(collected, columns);
        headerReliable = ColumnSet.rowsStandUnder(valueRows, headerIndexes);
        List<ApplicationRowKey> template = TemplateAligner.templateOf(valueRows, collected.labelsAlone);
        List<Copy> copies = new ArrayList<>();
        for (List<ValueRow> rowsOfCopy : copies(valueRows, template)) {
            TemplateAligner.Result aligned = TemplateAligner.align(rowsOfCopy, template, diagnostics);
            aligned.unplaced().forEach(row -> diagnostics.add(DiagnosticCode.UNPLACED_VALUES, TABLE, null,
                    "a row of values that could not be placed on a row of the table", row.line(), row.raw()));
            copies.add(new Copy(placeCells(aligned, columns, rowsOfCopy), aligned, rowsOfCopy));
        }
        boolean unreadable = copies.stream().anyMatch(Copy::unreadable);
        Map<ApplicationRowKey, PlacedRow> table = new LinkedHashMap<>(copies.get(0).placed());
        List<ApplicationRowKey> unresolved = new ArrayList<>(copies.get(0).aligned().unresolved());
        for (Copy copy : copies.subList(1, copies.size())) {
            mergeCopy(table, copy.placed(), columns);
            unresolved.removeIf(copy.placed()::containsKey);
        }
        for (Copy copy : copies) {
            for (Map.Entry<ValueRow, ApplicationRowKey> repeat : copy.aligned().repeats().entrySet()) {
                PlacedRow again = placeRow(repeat.getKey(), repeat.getValue(), columns, new ColumnPositions(copy.rows(), columns.size()));
                mergeCopy(table, Map.of(repeat.getValue(), again), columns);
            }
        }
        if (copies.size() > 1) {
            for (Copy copy : copies) {
                if (copy.unreadable()) {
                    uncomparable(table, copy.aligned().unresolved(), columns);
                }
            }
        }
        write(table, columns);
        markMissingColumns(template, columns);
        markMissingRows(template, unresolved, unreadable);
        boolean combined = template == ApplicationsTemplate.COMBINED;
        if (combined) {
            diagnostics.add(DiagnosticCode.OTHER_HANDLING_COMBINED, TABLE, "otherHandling.combined",
                    "（六）其他处理 is printed as one row (2019 layout); its values are under otherHandling.combined", null);
            markAll(List.of(ApplicationRowKey.OVERDUE_CORRECTION, ApplicationRowKey.UNPAID_FEE,
                    ApplicationRowKey.OTHER_HANDLING_OTHER), COLUMNS, CellState.ABSENT);
        }
        return new Result(grid, combined, true);
    }

    /**
     * A tab-separated row that prints a label and only empty cells, fewer than the table's rows have: the label's
     * merged cells left empty by the export, with no cell reaching the value columns. It is a label on a line of its
     * own (its numbers may be on the next line), not a row of blanks, so it becomes a label fragment of the next row.
     */
    private static List<ValueRow> labelLinesAsLabels(List<ValueRow> rows, int commonReach) {
        if (commonReach <= 0) {
            return rows;
        }
        List<ValueRow> result = new ArrayList<>(rows.size());
        List<String> carried = new ArrayList<>();
        for (ValueRow row : rows) {
            boolean labelLine = row.kind() == SourceRow.Kind.TABS && row.hasOwnLabel() && reach(row) < commonReach
                    && row.values().stream().allMatch(Cell::isBlank);
            if (labelLine) {
                carried.addAll(row.fragmentsBefore());
                carried.add(row.ownLabel());
                continue;
            }
            if (!carried.isEmpty()) {
                carried.addAll(row.fragmentsBefore());
                row = new ValueRow(row.line(), row.ownLabel(), row.ownKeys(), List.copyOf(carried), row.values(), row.positions(),
                        row.firstValueCell(), row.kind());
                carried.clear();
            }
            result.add(row);
        }
        return result;
    }

    /**
     * A second copy of the table starts where the table starts again: a row labelled 一、本年新收, 二、上年结转 or
     * （一）予以公开 after rows far into the table were labelled. Where the copies meet, the rows between the last
     * labelled row of the first and that row are shared out by the template: the first copy's remaining rows, then
     * the second's leading ones, when their counts add up; otherwise the first copy keeps them (and the rows they
     * do not fit stay unread).
     */
    private static List<List<ValueRow>> copies(List<ValueRow> rows, List<ApplicationRowKey> template) {
        List<List<ValueRow>> copies = new ArrayList<>();
        List<ValueRow> current = new ArrayList<>();
        int lastAnchor = -1;
        int lastIndex = -1;
        int farIntoTable = template.indexOf(ApplicationRowKey.COMPLAINT_PETITION);
        for (ValueRow row : rows) {
            int index = row.ownKeys().size() == 1 ? template.indexOf(row.ownKeys().get(0)) : -1;
            int restart = index >= 0 ? index : labelAboveIndex(row, template);
            boolean restarts = restart >= 0 && restart <= template.indexOf(ApplicationRowKey.GRANTED);
            if (restarts && lastIndex >= farIntoTable) {
                int between = current.size() - lastAnchor - 1;
                int tail = template.size() - 1 - lastIndex;
                int cut = between == tail + restart ? lastAnchor + 1 + tail : current.size();
                copies.add(new ArrayList<>(current.subList(0, cut)));
                current = new ArrayList<>(current.subList(cut, current.size()));
                lastIndex = -1;
            }
            current.add(row);
            if (index >= 0) {
                lastAnchor = current.size() - 1;
                lastIndex = Math.max(lastIndex, index);
            }
        }
        copies.add(current);
        return copies;
    }

    /**
     * The template row that the label on the line directly above a row without a label of its own names (a line of
     * text or a tab row: a pipe row's neighbouring labels say nothing), or -1.
     */
    private static int labelAboveIndex(ValueRow row, List<ApplicationRowKey> template) {
        if (row.hasOwnLabel() || row.fragmentsBefore().isEmpty() || row.kind() == SourceRow.Kind.PIPES || row.grid()) {
            return -1;
        }
        List<ApplicationRowKey> keys = ApplicationRowKey.match(row.fragmentsBefore().get(row.fragmentsBefore().size() - 1));
        return keys.size() == 1 ? template.indexOf(keys.get(0)) : -1;
    }

    private Map<ApplicationRowKey, PlacedRow> placeCells(TemplateAligner.Result aligned, List<String> columns, List<ValueRow> copy) {
        ColumnPositions positions = new ColumnPositions(copy, columns.size());
        Map<ApplicationRowKey, PlacedRow> placed = new LinkedHashMap<>();
        aligned.rows().forEach((key, row) -> placed.put(key, placeRow(row, key, columns, positions)));
        return placed;
    }

    private PlacedRow placeRow(ValueRow row, ApplicationRowKey key, List<String> columns, ColumnPositions positions) {
        if (columns.isEmpty()) {
            return new PlacedRow(row.line(), null);
        }
        if (row.values().size() != columns.size()) {
            List<Cell> byPosition = positions.place(row);
            if (byPosition != null) {
                return new PlacedRow(row.line(), byPosition);
            }
        }
        boolean cellsOfText = row.kind() == SourceRow.Kind.PIPES || row.kind() == SourceRow.Kind.TABS;
        if (cellsOfText && !row.hasOwnLabel()
                && emptyLabelCellsLeaveTooFew(row.values(), columns.size(), !row.fragmentsBefore().isEmpty())) {
            diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, key.path(), "the row's first cells are empty where its label's "
                    + "cells stand, and the cells after them do not fill every column: a cell is missing, and which one cannot be told",
                    row.line(), row.raw());
            return new PlacedRow(row.line(), null);
        }
        boolean ownLabelCells = row.hasOwnLabel() || row.fragmentsBefore().isEmpty();   // not a label on the line above
        if (commonReach > 0 && ownLabelCells && (row.kind() == SourceRow.Kind.TABS || row.grid()) && reach(row) < commonReach && !row.values().stream().allMatch(Cell::isBlank)) {
            diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, key.path(), "the row has fewer cells than the table's other "
                    + "rows: a cell is missing, and which one cannot be told", row.line(), row.raw());
            return new PlacedRow(row.line(), null);
        }
        int underHeader = headerIndexes == null || row.positions() != null ? -1 : headerIndexes[0] - row.firstValueCell();
        // only a web page's grid puts every row's cells in the header's columns; tab and pipe rows shift with their labels
        boolean onTheGrid = headerReliable && row.grid() && underHeader >= 0;
        if (onTheGrid && row.values().size() < underHeader + columns.size() && !row.values().stream().allMatch(Cell::isBlank)) {
            diagnostics.add(DiagnosticCode.ROW_AMBIGUOUS, TABLE, key.path(), "the row ends before the header's last column: "
                    + "a cell is missing, and which one cannot be told", row.line(), row.raw());
            return new PlacedRow(row.line(), null);
        }
        RowAligner.Placement placement = RowAligner.place(row.values(), columns.size(), onTheGrid ? underHeader : -1, underHeader,
                row.positions() == null);
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, key.path(), placement.detail(), row.line(), row.raw());
        }
        return new PlacedRow(row.line(), placement.cells());
    }

    /**
     * A markdown or tab row whose label stands elsewhere (lost, or on the line above) may keep the label's cells,
     * empty, in front of its values. A row wider than the table that starts with empty cells has them; so may a row
     * whose label stands on the lines above it. Such a row is read only when the cells from its first filled one on
     * fill every column (else a cell is missing, and its empty label cells would be taken for blank values). A row
     * exactly as wide as the table with no label above is taken as it is: nothing tells its empty first cell from a
     * blank value.
     */
    private static boolean emptyLabelCellsLeaveTooFew(List<Cell> values, int columns, boolean labelAbove) {
        int first = 0;
        while (first < values.size() && values.get(first).isBlank()) {
            first++;
        }
        return (values.size() > columns || labelAbove) && first > 0 && first < values.size() && values.size() - first < columns;
    }

    private static int reach(ValueRow row) {
        return row.firstValueCell() + row.values().size();
    }

    /**
     * Tables exported from Word with tabs, and web-page grids, give every labelled row the same number of cells: when
     * at least {@link #COMMON_SHARE} of them agree, that number; else -1 (markdown fragments vary, and say nothing; a
     * row whose label stands on the line above has fewer cells by right).
     */
    private static int commonReach(List<ValueRow> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        int structured = 0;
        for (ValueRow row : rows) {
            if (row.hasOwnLabel() && (row.kind() == SourceRow.Kind.TABS || row.kind() == SourceRow.Kind.GRID)) {
                counts.merge(reach(row), 1, Integer::sum);
                structured++;
            }
        }
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (structured >= MIN_ROWS_FOR_REACH && entry.getValue() >= COMMON_SHARE * structured) {
                return entry.getKey();
            }
        }
        return -1;
    }

    private static final double COMMON_SHARE = 0.8;
    private static final int MIN_ROWS_FOR_REACH = 10;

    /** Compares a later copy with the table read so far: rows it alone has are taken, cells that differ are unread. */
    private void mergeCopy(Map<ApplicationRowKey, PlacedRow> table, Map<ApplicationRowKey, PlacedRow> copy, List<String> columns) {
        for (Map.Entry<ApplicationRowKey, PlacedRow> entry : copy.entrySet()) {
            PlacedRow first = table.get(entry.getKey());
            PlacedRow again = entry.getValue();
            if (first == null) {
                table.put(entry.getKey(), again);
                continue;
            }
            if (first.cells() == null) {
                continue;
            }
            if (again.cells() == null) {
                // the row printed again could not be read: the two prints cannot be compared
                diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, entry.getKey().path(), "the row is printed again and that "
                        + "print could not be read: the two cannot be compared", again.line());
                table.put(entry.getKey(), new PlacedRow(first.line(), null));
                continue;
            }
            List<Cell> merged = new ArrayList<>(first.cells());
            boolean conflict = false;
            for (int i = 0; i < columns.size(); i++) {
                Cell before = first.cells().get(i);
                Cell now = again.cells().get(i);
                if (before == null) {
                    continue;   // already in conflict: stays unread
                }
                if (!sameValue(before, now)) {
                    merged.set(i, null);
                    conflict = true;
                    diagnostics.add(DiagnosticCode.TABLE_CONFLICT, TABLE, entry.getKey().path() + "." + columns.get(i),
                            "the table prints this cell twice with different values: " + rawOf(before) + " (line " + first.line()
                                    + ") and " + rawOf(now), again.line(), now == null ? null : now.raw());
                }
            }
            if (!conflict) {
                diagnostics.add(DiagnosticCode.DUPLICATE_ROW, TABLE, entry.getKey().path(),
                        "row printed again with the same values; the first one is kept", again.line());
            }
            table.put(entry.getKey(), new PlacedRow(first.line(), merged));
        }
    }

    /**
     * Rows the table has from one copy while another copy, which has rows it could not place, did not place them: the
     * copies cannot be compared there, so what the one says is not taken as the table's.
     */
    private void uncomparable(Map<ApplicationRowKey, PlacedRow> table, List<ApplicationRowKey> unresolved, List<String> columns) {
        for (ApplicationRowKey key : unresolved) {
            PlacedRow first = table.get(key);
            if (first == null || first.cells() == null) {
                continue;
            }
            diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, key.path(), "the table is printed again and this row of the "
                    + "other copy could not be read: the two copies cannot be compared", null);
            table.put(key, new PlacedRow(first.line(), null));
        }
    }

    private static String rawOf(Cell cell) {
        return cell == null ? "(unread)" : cell.raw().strip();
    }

    private static boolean sameValue(Cell a, Cell b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.kind() == CellKind.NUMBER && b.kind() == CellKind.NUMBER) {
            return a.value().compareTo(b.value()) == 0;
        }
        return a.kind() == b.kind() && (a.kind() != CellKind.TEXT || Labels.normalize(a.raw()).equals(Labels.normalize(b.raw())));
    }

    private void write(Map<ApplicationRowKey, PlacedRow> table, List<String> columns) {
        for (Map.Entry<ApplicationRowKey, PlacedRow> entry : table.entrySet()) {
            String path = entry.getKey().path();
            PlacedRow row = entry.getValue();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.cells() == null ? null : row.cells().get(i);
                if (cell == null) {
                    grid.mark(path, columns.get(i), CellState.UNREAD);
                } else if (cell.kind() == CellKind.NUMBER) {
                    grid.put(path, columns.get(i), cell.value());
                } else {
                    diagnostics.cellNotANumber(TABLE, grid, path, columns.get(i), cell, row.line());
                }
            }
        }
    }

    private void markMissingColumns(List<ApplicationRowKey> template, List<String> columns) {
        Map<String, Boolean> present = new HashMap<>();
        columns.forEach(c -> present.put(c, true));
        for (String column : COLUMNS) {
            if (!present.containsKey(column)) {
                markAll(template, List.of(column), columns.isEmpty() ? CellState.UNREAD : CellState.ABSENT);
            }
        }
    }

    /** Template rows no row was placed on: unread when the table has rows that could not be placed, else absent. */
    private void markMissingRows(List<ApplicationRowKey> template, List<ApplicationRowKey> unresolved, boolean unreadable) {
        for (ApplicationRowKey key : template) {
            if (!unresolved.contains(key) || grid.hasRow(key.path())) {
                continue;
            }
            if (unreadable) {
                diagnostics.add(DiagnosticCode.ROW_UNREAD, TABLE, key.path(),
                        "row not read: the table has rows that could not be placed, and this may be one of them", null);
            } else {
                diagnostics.add(DiagnosticCode.ROW_MISSING, TABLE, key.path(), "row not found in table 三; its cells are null", null);
            }
            markAll(List.of(key), COLUMNS, unreadable ? CellState.UNREAD : CellState.ABSENT);
        }
    }

    private void markAll(List<ApplicationRowKey> keys, List<String> columns, CellState state) {
        for (ApplicationRowKey key : keys) {
            for (String column : columns) {
                grid.mark(key.path(), column, state);
            }
        }
    }
}
