package nianbao.parser.parsing;

/** Where one numbered section (1 = 一 … 6 = 六) starts and ends in the document's rows (end exclusive). */
public record SectionSpan(int number, String title, int headingRow, int start, int end) {
}
