package nianbao.parser.corpus.families;

import java.util.List;

/** One row of a table grid: its cells (spanned positions left out, as in HTML) and the table row it prints, if any. */
record GridRow(List<GridCell> cells, Row source) {
}
