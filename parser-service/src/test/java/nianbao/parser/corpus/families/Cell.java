package nianbao.parser.corpus.families;

import java.math.BigDecimal;

/**
 * One table cell of a generated report: the text it prints ({@code null} when the row has no such cell at all) and
 * the number a correct reader reports for it ({@code null} for a blank, "/" or missing cell).
 */
public record Cell(String text, BigDecimal value) {

    /** A cell the table does not print (its column is missing, or a mutation deleted it). */
    public static final Cell NONE = new Cell(null, null);

    public static Cell of(long value) {
        return new Cell(Long.toString(value), BigDecimal.valueOf(value));
    }

    public static Cell of(BigDecimal value) {
        return new Cell(value.toPlainString(), value);
    }

    /** A cell printed empty or with a not-applicable mark ("/", "—", "-", "无"). */
    public static Cell blank(String text) {
        return new Cell(text, null);
    }

    public boolean printed() {
        return text != null;
    }

    /** The same value printed differently ("7件", "O", "1 2"): a reader may give the value or null. */
    public Cell printedAs(String newText) {
        return new Cell(newText, value);
    }
}
