package nianbao.parser.parsing;

import java.util.List;

/**
 * Reads table 二 (active disclosure) of the 2021 format: 规章 and 行政规范性文件 with three columns, 行政许可,
 * 行政处罚, 行政强制 and 行政事业性收费 with one. A table in the 2019 layout has columns of other meanings; they
 * are not mapped onto these keys.
 */
public final class ActiveDisclosureReader {

    static final String TABLE = "activeDisclosure";

    /** A row of table 二: its label, its contract path and how many value columns it has. */
    private record RowSpec(String label, String path, List<String> columns) {
    }

    private static final List<String> DOCUMENT_COLUMNS = List.of("issued", "repealed", "inForce");
    private static final List<RowSpec> ROWS = List.of(
            new RowSpec("规章", "regulations", DOCUMENT_COLUMNS),
            new RowSpec("行政规范性文件", "normativeDocuments", DOCUMENT_COLUMNS),
            new RowSpec("行政许可", "licensing", List.of()),
            new RowSpec("行政处罚", "punishment", List.of()),
            new RowSpec("行政强制", "compulsion", List.of()),
            new RowSpec("行政事业性收费", "feesTenThousandYuan", List.of()));

    /** What was read, and whether the table uses the 2019 columns. */
    public record Result(CellGrid grid, boolean layout2019, boolean found) {
    }

    private final Diagnostics diagnostics;

    public ActiveDisclosureReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Result read(List<SourceRow> rows) {
        CellGrid grid = new CellGrid();
        boolean layout2019 = rows.stream().map(SourceRow::text).filter(t -> t.indexOf('量') >= 0).map(Labels::normalize)
                .anyMatch(t -> t.contains("本年新制作数量") || t.contains("对外公开总数量") || t.contains("上一年项目数量"));
        if (layout2019) {
            read2019(rows, grid);
            return new Result(grid, true, true);
        }
        boolean[] seen = new boolean[ROWS.size()];
        for (SourceRow source : rows) {
            LabeledRow row = LabeledRow.of(source);
            int index = indexOf(ApplicationRowKey.withoutNumbering(row.label()));
            if (index < 0 || (!row.hasValues() && row.values().isEmpty())) {
                continue;
            }
            if (seen[index]) {
                diagnostics.add("DUPLICATE_ROW", TABLE, ROWS.get(index).path(), "row appears again; the first one is kept",
                        row.line(), row.label());
                continue;
            }
            seen[index] = true;
            place(ROWS.get(index), row, grid);
        }
        boolean found = false;
        for (int i = 0; i < ROWS.size(); i++) {
            found |= seen[i];
            if (!seen[i]) {
                diagnostics.add("ROW_MISSING", TABLE, ROWS.get(i).path(), "row " + ROWS.get(i).label() + " not found in table 二", null);
            }
        }
        return new Result(grid, false, found);
    }

    /**
     * The 2019 table 二 (国办公开办函〔2019〕60号) keeps its own meanings. Only columns meaning the same as a 2021 key
     * are taken: 本年新制作数量 as issued, and 处理决定数量 of 行政许可 / 行政处罚 / 行政强制. 本年新公开数量 and
     * 对外公开总数量 are not 现行有效件数, and the 2019 第（八）项 counts fee items, not an amount: those keys stay null.
     */
    private void read2019(List<SourceRow> rows, CellGrid grid) {
        diagnostics.add("TABLE_2019_LAYOUT", TABLE, null, "table 二 has the 2019 columns; only issued (本年新制作数量) and "
                + "the 处理决定数量 of licensing, punishment and compulsion mean the same as 2021 keys; the rest is null", null);
        for (SourceRow source : rows) {
            LabeledRow row = LabeledRow.of(source);
            String label = ApplicationRowKey.withoutNumbering(row.label());
            String path = switch (label) {
                case "规章" -> "regulations";
                case "规范性文件", "行政规范性文件" -> "normativeDocuments";
                case "行政许可" -> "licensing";
                case "行政处罚" -> "punishment";
                case "行政强制" -> "compulsion";
                default -> null;
            };
            if (path == null || !row.hasValues()) {
                continue;
            }
            RowAligner.Placement placement = RowAligner.place(row.values(), 3, null);
            if (!placement.placed()) {
                diagnostics.add(placement.problem(), TABLE, path, placement.detail(), row.line(), null);
                continue;
            }
            boolean documents = path.equals("regulations") || path.equals("normativeDocuments");
            Cell cell = placement.cells().get(documents ? 0 : 2);
            String column = documents ? "issued" : "";
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(path, column, cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, documents ? path + ".issued" : path, cell, row.line());
            }
        }
    }

    private static int indexOf(String label) {
        for (int i = 0; i < ROWS.size(); i++) {
            if (label.equals(ROWS.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    private void place(RowSpec spec, LabeledRow row, CellGrid grid) {
        int width = Math.max(1, spec.columns().size());
        RowAligner.Placement placement = RowAligner.place(row.values(), width, null);
        if (placement.problem() != null) {
            diagnostics.add(placement.problem(), TABLE, spec.path(), placement.detail(), row.line(), null);
        }
        if (!placement.placed()) {
            return;
        }
        for (int i = 0; i < width; i++) {
            String column = spec.columns().isEmpty() ? "" : spec.columns().get(i);
            Cell cell = placement.cells().get(i);
            if (cell.kind() == CellKind.NUMBER) {
                grid.put(spec.path(), column, cell.value());
            } else {
                diagnostics.cellNotANumber(TABLE, column.isEmpty() ? spec.path() : spec.path() + "." + column, cell, row.line());
            }
        }
    }
}
