package nianbao.parser.corpus.families;

/**
 * A publishing agency: its full name, the shorter name a title may use ("上海市科委" for 上海市科学技术委员会;
 * equal to the full name when it has none), and the office that drafts the report.
 */
public record Agency(String fullName, String shortName, String office) {
}
