package nianbao.parser.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What one cell's text is read as: only plain numbers become values; anything uncertain holds none. */
class CellTest {

    @Test
    void plainFullWidthAndGroupedNumbersAreValues() {
        assertThat(Cell.read(" 12 ").value()).isEqualByComparingTo("12");
        assertThat(Cell.read("１２").value()).isEqualByComparingTo("12");
        assertThat(Cell.read("4,068.208").value()).isEqualByComparingTo("4068.208");
    }

    @Test
    void blanksAndNotApplicableMarksHoldNoValue() {
        assertThat(Cell.read("").kind()).isEqualTo(CellKind.BLANK);
        assertThat(Cell.read("　").kind()).isEqualTo(CellKind.BLANK);
        for (String mark : new String[] {"/", "-", "—", "无", "不适用", "－"}) {
            assertThat(Cell.read(mark).kind()).as(mark).isEqualTo(CellKind.NA);
        }
    }

    @Test
    void twoNumbersMergedIntoOneCellAreNotReadAsOne() {
        assertThat(Cell.read("2 4").kind()).isEqualTo(CellKind.TEXT);
        assertThat(Cell.read("2　4").kind()).isEqualTo(CellKind.TEXT);
        assertThat(Cell.read("2 4").value()).isNull();
    }

    @Test
    void implausiblyLongNumbersAreNotValues() {
        assertThat(Cell.read("12345678901234567890").kind()).isEqualTo(CellKind.TOO_LARGE);
        assertThat(Cell.read("12345678901234567890").value()).isNull();
    }
}
