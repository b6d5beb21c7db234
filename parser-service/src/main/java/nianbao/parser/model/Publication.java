package nianbao.parser.model;

/**
 * When the report was published (ISO date) and the evidence it rests on: {@code html-meta}, {@code published-line},
 * {@code signature-date}, {@code document-modified} or {@code document-created} (docs/report-contract.md).
 */
public record Publication(String date, String basis) {
}
