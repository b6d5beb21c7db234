package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a table grid out as rows of plain cells, the way copying or converting a Word table does with its merged
 * cells: left empty, repeated in every position they cover (never for numbers), or dropped altogether.
 */
final class GridText {

    enum Merged { EMPTY, REPEAT, VANISH }

    /** One laid-out row: its cells' texts and roles, and the table row it prints, if any. */
    record Line(List<String> cells, List<GridCell.Role> roles, Row source) {

        /** The index of the first value cell, or the row's width when it has none. */
        int firstValue() {
            int i = roles.indexOf(GridCell.Role.VALUE);
            return i < 0 ? cells.size() : i;
        }
    }

    private GridText() {
    }

    static List<Line> layOut(List<GridRow> grid, Merged merged) {
        Map<Long, GridCell> covered = new HashMap<>();
        Map<Long, Boolean> origin = new HashMap<>();
        int width = 0;
        for (int r = 0; r < grid.size(); r++) {
            int c = 0;
            for (GridCell cell : grid.get(r).cells()) {
                while (covered.containsKey(key(r, c))) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        covered.put(key(r + dr, c + dc), cell);
                        origin.put(key(r + dr, c + dc), dr == 0 && dc == 0);
                    }
                }
                c += cell.colspan();
                width = Math.max(width, c);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = new ArrayList<>();
            List<GridCell.Role> roles = new ArrayList<>();
            int last = -1;
            for (int c = 0; c < width; c++) {
                if (covered.containsKey(key(r, c))) {
                    last = c;
                }
            }
            for (int c = 0; c <= last; c++) {
                GridCell cell = covered.get(key(r, c));
                boolean first = cell != null && origin.get(key(r, c));
                if (cell == null) {
                    cells.add("");
                    roles.add(GridCell.Role.HEADER);
                } else if (first) {
                    cells.add(cell.text());
                    roles.add(cell.role());
                } else if (merged == Merged.REPEAT && cell.role() != GridCell.Role.VALUE) {
                    cells.add(cell.text());
                    roles.add(cell.role());
                } else if (merged != Merged.VANISH) {
                    cells.add("");
                    roles.add(cell.role());
                }
            }
            lines.add(new Line(cells, roles, grid.get(r).source()));
        }
        return lines;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }
}
