package nianbao.parser.parsing;

import nianbao.parser.model.Publication;
import nianbao.parser.model.StatisticalPeriod;

/** Title, issuing agency, statistical year and period, and publication date of a report. */
public record ReportMetadata(String title, String agency, Integer year, StatisticalPeriod period, Publication publication) {
}
