package nianbao.parser.parsing;

/** Title, issuing agency and statistical year of a report. */
public record ReportMetadata(String title, String agency, Integer year) {
}
