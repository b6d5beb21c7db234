package nianbao.parser.model;

/** One of the six numbered sections 一 … 六 with its title and text as written. */
public record ReportSection(int number, String title, String text) {
}
