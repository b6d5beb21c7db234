package nianbao.parser.corpus.families;

import java.util.List;

/** One of a report's three tables as printed: 二 (activeDisclosure), 三 (applications) or 四 (reviewsAndLawsuits). */
public record Table(Kind kind, List<Row> rows) {

    public enum Kind {
        DISCLOSURE(Contract.DISCLOSURE), APPLICATIONS(Contract.APPLICATIONS), REVIEWS(Contract.REVIEWS);

        public final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    public Table withRows(List<Row> newRows) {
        return new Table(kind, List.copyOf(newRows));
    }

    public Row row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
