package nianbao.parser.parsing;

import nianbao.parser.model.Publication;
import nianbao.parser.model.SourceInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a report was published, for rule P01, and says from what: the web page's date meta, a 发布日期 /
 * 发布时间 / 时间： line at the top, the date under the signature at the end, or the file's own dates. A date that
 * cannot be a publication of the report's year (before that year, or years after it) is not taken.
 */
final class PublicationDateReader {

    /** Meta names (lower case) that CMSs give a page's publication date. */
    private static final List<String> META_NAMES = List.of("pubdate", "publishdate", "publish_date", "publishtime",
            "article:published_time", "firstpublishedtime", "dc.date.issued", "dc.date", "date", "others");
    private static final Pattern PUBLISHED_LINE = Pattern.compile("(?:发布日期|发布时间|发文日期|成文日期|日期|时间)[:：]");
    private static final int HEAD_ROWS = 60;
    private static final int TAIL_ROWS = 12;
    private static final int YEARS_AFTER = 2;

    private PublicationDateReader() {
    }

    static Publication read(List<SourceRow> rows, Map<String, String> meta, SourceInfo source, Integer year) {
        for (String name : META_NAMES) {
            String value = meta.get(name);
            LocalDate date = value == null ? null : DateText.find(Labels.normalize(value));
            if (plausible(date, year)) {
                return new Publication(date.toString(), "html-meta");
            }
        }
        for (int i = 0; i < Math.min(rows.size(), HEAD_ROWS); i++) {
            String text = rows.get(i).normalizedProse();
            if (!mayNamePublication(text)) {
                continue;
            }
            Matcher m = PUBLISHED_LINE.matcher(text);
            if (m.find()) {
                LocalDate date = DateText.find(text.substring(m.end()));
                if (plausible(date, year)) {
                    return new Publication(date.toString(), "published-line");
                }
            }
        }
        for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - TAIL_ROWS); i--) {
            String text = rows.get(i).normalizedProse();
            LocalDate date = DateText.isOnlyADate(text) ? DateText.find(text) : null;
            if (plausible(date, year)) {
                return new Publication(date.toString(), "signature-date");
            }
        }
        SourceInfo.DocumentDates dates = source == null ? null : source.documentDates();
        if (dates != null) {
            for (String[] candidate : new String[][] {{dates.modified(), "document-modified"}, {dates.created(), "document-created"}}) {
                LocalDate date = candidate[0] == null || candidate[0].length() < 10 ? null : DateText.find(candidate[0].substring(0, 10));
                if (plausible(date, year)) {
                    return new Publication(date.toString(), candidate[1]);
                }
            }
        }
        return null;
    }

    /**
     * Whether {@link #PUBLISHED_LINE} can match: each of its words ends in 日期 or 时间, followed by a colon, so without
     * one of those four pairs it cannot, and it is not run.
     */
    static boolean mayNamePublication(String text) {
        return text.contains("日期:") || text.contains("日期：") || text.contains("时间:") || text.contains("时间：");
    }

    private static boolean plausible(LocalDate date, Integer year) {
        return date != null && (year == null || (date.getYear() >= year && date.getYear() <= year + YEARS_AFTER));
    }
}
