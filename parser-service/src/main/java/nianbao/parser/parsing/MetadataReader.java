package nianbao.parser.parsing;

import nianbao.parser.model.Publication;
import nianbao.parser.model.SourceInfo;
import nianbao.parser.model.StatisticalPeriod;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a report's metadata: the title and the agency it names (else the agency the text names), the statistical
 * year (from the statistical period when stated, else the title), the period itself and the publication date,
 * with a diagnostic for each that is missing or disagrees.
 */
public final class MetadataReader {

    static final String TABLE = "metadata";
    /** What separates a page's {@code <title>} from the site's name. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("[-_|－—]");

    private final Diagnostics diagnostics;

    public MetadataReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param firstContentRow the first section heading or table (the title stands above it), or -1
     * @param meta            a web page's meta tags by lower-case name (empty for text)
     * @param pageTitle       a web page's {@code <title>}, read when the page's body shows no title (else null)
     */
    public ReportMetadata read(List<SourceRow> rows, int firstContentRow, Map<String, String> meta, String pageTitle,
                               SourceInfo source) {
        TitleReader.Title title = TitleReader.read(rows, firstContentRow);
        if ((title == null || title.agency() == null) && pageTitle != null && !pageTitle.isBlank()) {
            TitleReader.Title fromPage = TitleReader.parse(TITLE_SEPARATOR.split(pageTitle)[0]);
            if (fromPage.agency() != null && Labels.normalize(pageTitle).contains("报告")) {
                title = fromPage;
            }
        }
        String agency = title == null ? null : title.agency();
        if (title == null) {
            diagnostics.add(DiagnosticCode.TITLE_NOT_FOUND, TABLE, "title", "no line naming the annual report (…年度报告) at the top", null);
        }
        if (agency == null) {
            agency = AgencyInText.find(rows);
            if (agency != null) {
                diagnostics.add(DiagnosticCode.AGENCY_FROM_TEXT, TABLE, "agency", "the title names no agency; taken from the text", null, agency);
            } else {
                diagnostics.add(DiagnosticCode.AGENCY_NOT_FOUND, TABLE, "agency", "neither the title nor the text names the agency", null,
                        title == null ? null : title.text());
            }
        }
        StatisticalPeriod period = PeriodReader.read(rows);
        Integer titleYear = title == null ? null : title.year();
        Integer periodYear = period == null ? null : Integer.valueOf(period.from().substring(0, 4));
        if (period == null) {
            diagnostics.add(DiagnosticCode.PERIOD_NOT_FOUND, TABLE, "statisticalPeriod", "no statistical period (统计期限…至…) in the text", null);
        }
        if (periodYear != null && titleYear != null && !periodYear.equals(titleYear)) {
            diagnostics.add(DiagnosticCode.YEAR_MISMATCH, TABLE, "year", "title year " + titleYear + " differs from the statistical period "
                    + periodYear + "; the statistical period is taken", null);
        }
        Integer year = periodYear != null ? periodYear : titleYear;
        if (year == null) {
            diagnostics.add(DiagnosticCode.YEAR_NOT_FOUND, TABLE, "year", "no statistical year in the title or the statistical period", null);
        }
        Publication publication = PublicationDateReader.read(rows, meta, source, year);
        if (publication == null) {
            diagnostics.add(DiagnosticCode.PUBLICATION_DATE_NOT_FOUND, TABLE, "publication",
                    "no publication date in the file or its text; whether it was published on time cannot be checked", null);
        }
        return new ReportMetadata(title == null ? null : title.text(), agency, year, period, publication);
    }
}
