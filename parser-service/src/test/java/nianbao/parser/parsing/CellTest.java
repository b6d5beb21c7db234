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

    /** Found by the long fuzz run: characters that label matching ignores must not join digits into a number. */
    @Test
    void digitsWithAnythingBetweenThemAreNotOneNumber() {
        for (String cell : new String[] {"８\u00A00", "３４\u00A00", "９\uFEFF0", "４2“”4", "６0“’１", "1\u200B2", "2\n4"}) {
            assertThat(Cell.read(cell).kind()).as(cell).isEqualTo(CellKind.TEXT);
        }
    }

    @Test
    void whitespaceAndInvisibleCharactersAroundANumberAreIgnored() {
        assertThat(Cell.read("\u00A012\u00A0").value()).isEqualByComparingTo("12");
        assertThat(Cell.read("\uFEFF１，２３４\t").value()).isEqualByComparingTo("1234");
        assertThat(Cell.read("　－3").value()).isEqualByComparingTo("-3");
    }

    @Test
    void implausiblyLongNumbersAreNotValues() {
        assertThat(Cell.read("12345678901234567890").kind()).isEqualTo(CellKind.TOO_LARGE);
        assertThat(Cell.read("12345678901234567890").value()).isNull();
    }

    /** Found by the OCR bench: a stray mark glued to a number ("四17") is a value cell that could not be read, not a label. */
    @Test
    void aNumberWithAStrayMarkGluedToItHoldsItsColumnWithoutAValue() {
        for (String cell : new String[] {"四17", "丨5", "17丨", "l23", "1 |24", "1丨24", "3|0"}) {
            Cell read = Cell.read(cell);
            assertThat(read.isLabel()).as(cell).isFalse();
            assertThat(read.value()).as(cell).isNull();
        }
        for (String label : new String[] {"3.其他", "（四）", "四、", "第3", "2024年", "1.属于国家秘密"}) {
            assertThat(Cell.read(label).isLabel()).as(label).isTrue();
        }
    }
}
