package nianbao.parser.parsing;

import nianbao.parser.model.StatisticalPeriod;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistical period a report states near its start (报告所列统计期限自2024年1月1日至2024年12月31日; the
 * end's year may be left out, the sentence may run over lines) — the period gives the report's year.
 */
final class PeriodReader {

    private static final Pattern PERIOD = Pattern.compile("统计[^0-9。]{0,24}?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日"
            + "(?:起)?(?:至|到|—|-|～|~)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern START_ONLY = Pattern.compile("统计[^0-9。]{0,24}?((?:19|20)\\d{2})年1月1日");
    private static final int ROWS = 120;

    private PeriodReader() {
    }

    static StatisticalPeriod read(List<SourceRow> rows) {
        StatisticalPeriod startOnly = null;
        for (int i = 0; i < Math.min(rows.size(), ROWS); i++) {
            if (rows.get(i).prose().indexOf('统') < 0) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int k = i; k < Math.min(rows.size(), i + 4); k++) {
                text.append(rows.get(k).normalizedProse());
            }
            if (text.indexOf("统计") < 0) {
                continue;   // both patterns start with 统计: without it neither can match ("系统" has 统 too)
            }
            Matcher m = PERIOD.matcher(text);
            if (m.find()) {
                LocalDate from = date(m.group(1), m.group(2), m.group(3));
                LocalDate to = date(m.group(4) != null ? m.group(4) : m.group(1), m.group(5), m.group(6));
                if (from != null) {
                    return new StatisticalPeriod(from.toString(), to == null ? null : to.toString());
                }
            }
            m = START_ONLY.matcher(text);
            if (startOnly == null && m.find()) {
                startOnly = new StatisticalPeriod(m.group(1) + "-01-01", null);
            }
        }
        return startOnly;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
