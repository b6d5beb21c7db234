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

/**
 * Reads an annual report's text into the contract: metadata, the six sections, the three tables (200 cells)
 * and diagnostics for everything it could not read with certainty. Plain Java, thread-safe, no I/O.
 */
public final class ReportParser {

    private final RegionResolver regions;

    public ReportParser(RegionResolver regions) {
        this.regions = regions;
    }

    public ParsedReport parse(String reportId, String text, SourceInfo source) {
        return parseRows(reportId, TextDocumentReader.read(text == null ? "" : text), source);
    }

    /** Parses a report published as a web page: its tables are read with their cell structure, not as text. */
    public ParsedReport parseHtml(String reportId, String html, SourceInfo source) {
        return parseRows(reportId, HtmlDocumentReader.read(html == null ? "" : html), source);
    }

    /** Parses text or HTML by its media type. */
    public ParsedReport parse(String reportId, String content, String mediaType, SourceInfo source) {
        return "text/html".equals(mediaType) ? parseHtml(reportId, content, source) : parse(reportId, content, source);
    }

    /** Parses rows that already carry their cell structure (HTML, Word tables) or came from text. */
    public ParsedReport parseRows(String reportId, List<SourceRow> rows, SourceInfo source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SectionSpan> spans = SectionSplitter.split(rows);
        reportMissingSections(spans, diagnostics);

        ReportMetadata metadata = new MetadataReader(diagnostics).read(rows, spans.isEmpty() ? -1 : spans.get(0).headingRow());
        ActiveDisclosureReader.Result table2 = new ActiveDisclosureReader(diagnostics).read(rowsOf(rows, spans, 2, true));
        ApplicationsTableReader.Result table3 = new ApplicationsTableReader(diagnostics).read(rowsOf(rows, spans, 3, true));
        CellGrid table4 = new ReviewsTableReader(diagnostics).read(rowsOf(rows, spans, 4, false));

        List<ReportSection> sections = new ArrayList<>();
        List<NarrativeFact> facts = new ArrayList<>();
        StringBuilder allText = new StringBuilder();
        for (SectionSpan span : spans) {
            String sectionText = textOf(rows, span);
            sections.add(new ReportSection(span.number(), span.title(), sectionText));
            if (span.number() == 1 || span.number() == 6) {
                facts.addAll(NarrativeFactReader.read(span.number(), sectionText));
            }
        }
        rows.stream().limit(40).forEach(r -> allText.append(r.text()).append('\n'));
        Template template = TemplateDetector.detect(Labels.normalize(allText.toString()), table2, table3, metadata.year());

        Resolution region = regions.resolve(metadata.agency(), allText.toString());
        region.signals().forEach(s -> diagnostics.add("REGION", "metadata", "region", s, null));

        return new ParsedReport(reportId, metadata.agency(), metadata.year(), metadata.title(), template.format(),
                template.signals(), region.region(), sections, TableAssembler.activeDisclosure(table2.grid()),
                TableAssembler.applications(table3.grid(), table3.combinedOtherHandling()),
                TableAssembler.reviews(table4 == null ? new CellGrid() : table4), facts, source, diagnostics.list());
    }

    /** The rows of one section; for tables 二 and 三 the whole document when the heading was not found. */
    private static List<SourceRow> rowsOf(List<SourceRow> rows, List<SectionSpan> spans, int number, boolean fallBackToAll) {
        for (SectionSpan span : spans) {
            if (span.number() == number) {
                return rows.subList(span.start(), span.end());
            }
        }
        return fallBackToAll ? rows : List.of();
    }

    private static String textOf(List<SourceRow> rows, SectionSpan span) {
        StringBuilder text = new StringBuilder();
        for (SourceRow row : rows.subList(span.start(), span.end())) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(row.text().strip());
        }
        return text.toString();
    }

    private static void reportMissingSections(List<SectionSpan> spans, Diagnostics diagnostics) {
        for (int number = 1; number <= 6; number++) {
            final int n = number;
            if (spans.stream().noneMatch(s -> s.number() == n)) {
                diagnostics.add("SECTION_MISSING", "sections", String.valueOf(n),
                        "section " + "一二三四五六".charAt(n - 1) + " not found", null);
            }
        }
    }
}
