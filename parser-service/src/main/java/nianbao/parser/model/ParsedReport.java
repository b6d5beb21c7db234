package nianbao.parser.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import nianbao.parser.region.Region;

import java.util.List;

/** A parsed annual report, exactly the public contract of docs/report-contract.md. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParsedReport(String reportId, String agency, Integer year, String title, String template,
                           List<String> templateSignals, Region region, List<ReportSection> sections,
                           ActiveDisclosure activeDisclosure, Applications applications,
                           ReviewsAndLawsuits reviewsAndLawsuits, List<NarrativeFact> narrativeFacts,
                           StatisticalPeriod statisticalPeriod, Publication publication, SourceInfo source,
                           Reading reading, List<Diagnostic> diagnostics) {
}
