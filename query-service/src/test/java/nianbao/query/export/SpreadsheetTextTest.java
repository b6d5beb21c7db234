package nianbao.query.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The formula guard of both exports, on cell contents a hostile or careless report could carry. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2局", "+86 951 1234567", "-1", "@SUM(A1:A9)", "=cmd|' /C calc'!A0",
            "＝HYPERLINK(\"http://x\",\"点此\")", "＋1", "－2", "＠SUM(1,1)", "﹦1+1", "﹢1", "﹣1", "﹫x",
            "\t=1+2", "\r=1+2", "\n=1+2"})
    void textThatASpreadsheetCouldRunGetsALeadingApostrophe(String cell) {
        assertThat(SpreadsheetText.defuse(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中卫市商务局", "２０２５年报告.pdf", "（一）主动公开", "a=b", "商务局=1", " =1", "'=1", "−1"})
    void otherTextIsKeptAsItIs(String cell) {
        assertThat(SpreadsheetText.defuse(cell)).isEqualTo(cell);
    }

    @Test
    void csvCellsOfFullWidthFormulasAreDefusedAndQuotedWhereNeeded() {
        assertThat(CsvCells.line(List.of("＝1＋2局", "＠x,y", new BigDecimal("-3"), "－3")))
                .isEqualTo("'＝1＋2局,\"'＠x,y\",-3,'－3\r\n");
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertThat(CsvCells.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
        assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
        assertThat(CsvCells.cell("@x")).isEqualTo("'@x");
        assertThat(CsvCells.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(CsvCells.cell(-3)).isEqualTo("-3");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.line(List.of("a", 1))).isEqualTo("a,1\r\n");
    }
}
