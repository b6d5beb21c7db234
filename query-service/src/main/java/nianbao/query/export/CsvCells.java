package nianbao.query.export;

import java.util.List;

/**
 * Writes CSV cells (RFC 4180 quoting) that a spreadsheet cannot run: text goes through {@link SpreadsheetText#defuse}
 * (a leading apostrophe before =, +, -, @, tab, CR). Numbers are written as numbers, so negative values stay numbers.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String line(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = SpreadsheetText.defuse(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
