package nianbao.parser.parsing;

import nianbao.parser.model.NarrativeFact;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.model.ReportSection;
import nianbao.parser.model.SourceInfo;
import nianbao.parser.model.Template;
import nianbao.parser.region.RegionResolver;
import nianbao.parser.region.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an annual report's text into the contract: metadata, the six sections, the three tables (200 cells), what
 * was read of them, and diagnostics for everything it could not read with certainty. Plain Java, thread-safe, no
 * I/O. An input beyond {@link InputLimits} throws {@link OverLimit} before its memory is spent.
 */
public final class ReportParser {

    private final RegionResolver regions;

    public ReportParser(RegionResolver regions) {
        this.regions = regions;
    }

    public ParsedReport parse(String reportId, String text, SourceInfo source) {
        String checked = text == null ? "" : text;
        InputLimits.checkCharacters("characters of text", checked.length());
        return parseRows(reportId, TextDocumentReader.read(ControlCharacters.strip(checked)), Map.of(), null, source);
    }

    /** Parses a report published as a web page: its tables are read with their cell structure, not as text. */
    public ParsedReport parseHtml(String reportId, String html, SourceInfo source) {
        String checked = html == null ? "" : html;
        InputLimits.checkCharacters("characters of web page", checked.length());
        HtmlDocumentReader.Page page = HtmlDocumentReader.read(ControlCharacters.strip(checked));
        return parseRows(reportId, page.rows(), page.meta(), page.title(), source);
    }

    /** Parses text or HTML by its media type. */
    public ParsedReport parse(String reportId, String content, String mediaType, SourceInfo source) {
        return "text/html".equals(mediaType) ? parseHtml(reportId, content, source) : parse(reportId, content, source);
    }

    private ParsedReport parseRows(String reportId, List<SourceRow> rows, Map<String, String> meta, String pageTitle,
                                   SourceInfo source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SectionSpan> spans = SectionSplitter.split(rows);
        reportMissingSections(spans, diagnostics);
        TableLocator.Regions tables = TableLocator.locate(rows, spans);
        SectionSplitter.checkNumbering(rows, tables::inTable, diagnostics);

        ReportMetadata metadata = new MetadataReader(diagnostics).read(rows, firstContentRow(spans, tables), meta, pageTitle, source);
        ActiveDisclosureReader.Result table2 = new ActiveDisclosureReader(diagnostics, rows).read(orAll(tables.activeDisclosure(), rows));
        ApplicationsTableReader.Result table3 = new ApplicationsTableReader(diagnostics).read(orAll(tables.applications(), rows));
        CellGrid table4 = new ReviewsTableReader(diagnostics).read(tables.reviews().of(rows));

        List<ReportSection> sections = new ArrayList<>();
        List<NarrativeFact> facts = new ArrayList<>();
        for (SectionSpan span : spans) {
            String sectionText = textOf(rows, span);
            sections.add(new ReportSection(span.number(), span.title(), sectionText));
            if (span.number() == 1 || span.number() == 6) {
                facts.addAll(NarrativeFactReader.read(span.number(), sectionText));
            }
        }
        List<SourceRow> openingRows = rows.subList(0, Math.min(rows.size(), 40));
        int normalizedLength = 0;
        for (SourceRow row : openingRows) {
            normalizedLength += row.normalizedText().length();
        }
        StringBuilder normalizedOpening = new StringBuilder(normalizedLength);
        for (SourceRow row : openingRows) {
            normalizedOpening.append(row.normalizedText());
        }
        Template template = TemplateDetector.detect(normalizedOpening.toString(), table2, table3, metadata.year());

        // the opening text settles a tie between places of the same name; built only when there is one
        Resolution region = regions.resolveWithLazyContext(metadata.agency(), () -> opening(openingRows));
        region.signals().forEach(s -> diagnostics.add(DiagnosticCode.REGION, "metadata", "region", s, null));

        return new ParsedReport(reportId, metadata.agency(), metadata.year(), metadata.title(), template.format(),
                template.signals(), region.region(), sections, TableAssembler.activeDisclosure(table2.grid()),
                TableAssembler.applications(table3.grid(), table3.combinedOtherHandling()), TableAssembler.reviews(table4), facts,
                metadata.period(), metadata.publication(), source,
                ReadingSummary.of(table2.grid(), table3.grid(), table3.combinedOtherHandling(), table4), diagnostics.list());
    }

    /** A table's rows; for tables 二 and 三 the whole document when neither their header nor their section was found. */
    private static List<SourceRow> orAll(TableLocator.Region region, List<SourceRow> rows) {
        return region.found() ? region.of(rows) : rows;
    }

    /** The title stands above the first section heading and the first table. */
    private static int firstContentRow(List<SectionSpan> spans, TableLocator.Regions tables) {
        int first = spans.isEmpty() ? -1 : spans.get(0).headingRow();
        for (TableLocator.Region region : List.of(tables.activeDisclosure(), tables.applications(), tables.reviews())) {
            if (region.found() && (first < 0 || region.start() < first)) {
                first = region.start();
            }
        }
        return first;
    }

    /** The report's first rows as written, one a line. */
    private static String opening(List<SourceRow> openingRows) {
        int length = 0;
        for (SourceRow row : openingRows) {
            length += row.text().length() + 1;
        }
        StringBuilder opening = new StringBuilder(length);
        for (SourceRow row : openingRows) {
            opening.append(row.text()).append('\n');
        }
        return opening.toString();
    }

    /** The section's rows, each stripped, one a line; sized once and without a copy of each row. */
    static String textOf(List<SourceRow> rows, SectionSpan span) {
        List<SourceRow> section = rows.subList(span.start(), span.end());
        int length = 0;
        for (SourceRow row : section) {
            length += row.text().length() + 1;
        }
        StringBuilder text = new StringBuilder(length);
        for (SourceRow row : section) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String line = row.text();
            int from = 0;
            int to = line.length();
            while (from < to && TextDocumentReader.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && TextDocumentReader.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            text.append(line, from, to);
        }
        return text.toString();
    }

    private static void reportMissingSections(List<SectionSpan> spans, Diagnostics diagnostics) {
        for (int number = 1; number <= 6; number++) {
            final int n = number;
            if (spans.stream().noneMatch(s -> s.number() == n)) {
                diagnostics.add(DiagnosticCode.SECTION_MISSING, "sections", String.valueOf(n),
                        "section " + "一二三四五六".charAt(n - 1) + " not found", null);
            }
        }
    }
}
