package nianbao.parser.corpus.families;

import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.NotAReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;

/** Parses a report as parser-service does (by media type) and scores the result against its truth. */
public final class Scorer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportParser parser = new ReportParser(RegionResolver.load());

    /** The parse's score; a parse that throws scores as rejected with every expected number unread. */
    public CaseScore score(String name, String content, String mediaType, Truth truth) {
        ParsedReport report;
        try {
            report = parser.parse(name, content, mediaType, null);
        } catch (RuntimeException | StackOverflowError e) {
            return CaseScore.failed(name, truth, e);
        }
        return CaseScore.of(name, truth, JSON.valueToTree(report), report.agency(), report.year(), NotAReport.test(report));
    }

    public CaseScore score(GeneratedCase c) {
        return score(c.name(), c.text(), c.mediaType(), c.truth());
    }
}
