package nianbao.parser.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency a report names in its text when its title names none: 本报告由…编制 at the start, 编制单位：…, or
 * the signature above the date at the end.
 */
final class AgencyInText {

    private static final Pattern COMPILED_BY = Pattern.compile("本(?:年度)?报告由(.{2,40}?)(?:根据|依据|按照|依照|编制|负责|组织)");
    private static final Pattern UNIT = Pattern.compile("(?:编制单位|发布机关|发布单位)[:：]?(.{2,40}?)(?:[,，。;；]|$)");
    private static final Pattern AGENCY_NAME =
            Pattern.compile("^.{2,30}(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|办|厅|部|署|院|中心|所|站|队|处|会|街道办事处|街道)$");
    private static final int HEAD_ROWS = 40;
    private static final int TAIL_ROWS = 12;

    private AgencyInText() {
    }

    static String find(List<SourceRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEAD_ROWS); i++) {
            String text = rows.get(i).normalizedProse();
            for (Pattern pattern : List.of(COMPILED_BY, UNIT)) {
                Matcher m = pattern.matcher(text);
                if (m.find() && AGENCY_NAME.matcher(m.group(1)).matches()) {
                    return m.group(1);
                }
            }
        }
        return signature(rows);
    }

    /** The last agency-like line standing just above a date line at the end. */
    private static String signature(List<SourceRow> rows) {
        for (int i = rows.size() - 1; i >= Math.max(1, rows.size() - TAIL_ROWS); i--) {
            String line = rows.get(i).normalizedProse();
            if (!DateText.isOnlyADate(line)) {
                continue;
            }
            String above = Labels.normalize(rows.get(i - 1).prose());
            if (AGENCY_NAME.matcher(above).matches()) {
                return above;
            }
        }
        return null;
    }
}
