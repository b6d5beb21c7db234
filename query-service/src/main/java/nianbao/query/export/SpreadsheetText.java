package nianbao.query.export;

import java.text.Normalizer;

/**
 * The one rule both exports apply to text: a value a spreadsheet could take for a formula gets a leading apostrophe, so
 * it is shown as text instead of run. That is a value whose first character is =, +, -, @ in any width or form that
 * normalizes to them (full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫: spreadsheet programs with East Asian input read those as
 * the ASCII ones), or a tab, carriage return or line feed.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@";
    private static final String CONTROL_STARTS = "\t\r\n";

    private SpreadsheetText() {
    }

    public static String defuse(String text) {
        return text == null || text.isEmpty() || !startsLikeAFormula(text) ? text : "'" + text;
    }

    private static boolean startsLikeAFormula(String text) {
        int first = text.codePointAt(0);
        if (CONTROL_STARTS.indexOf(first) >= 0) {
            return true;
        }
        String normalized = Normalizer.normalize(new String(Character.toChars(first)), Normalizer.Form.NFKC);
        return !normalized.isEmpty() && FORMULA_STARTS.indexOf(normalized.charAt(0)) >= 0;
    }
}
