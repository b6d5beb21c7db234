package nianbao.parser.corpus.families;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one parse compares with its truth, cell by cell: right, unread (null where a number was expected) or wrong (a
 * different number, or a number where null was expected); and whether agency and year are right.
 */
public record CaseScore(String name, int expected, int right, List<String> unread, List<Wrong> wrong, String agency,
                        Integer year, String expectedAgency, int expectedYear, boolean rejected, String error) {

    /** A wrong number: the cell, what the report prints there (null: nothing or a blank) and what the parser gave. */
    public record Wrong(String path, BigDecimal expected, BigDecimal actual) {
        @Override
        public String toString() {
            return path + " = " + (actual == null ? "null" : actual.toPlainString()) + " (expected "
                    + (expected == null ? "null" : expected.toPlainString()) + ")";
        }
    }

    /** Compares a parse (the contract JSON of the parsed report) with the truth. */
    public static CaseScore of(String name, Truth truth, JsonNode actual, String agency, Integer year, boolean rejected) {
        java.util.Set<String> layout = new java.util.HashSet<>(truth.layoutPaths());
        int right = 0;
        List<String> unread = new ArrayList<>();
        List<Wrong> wrong = new ArrayList<>();
        for (String path : Contract.allPaths()) {
            BigDecimal want = truth.cells().get(path);
            BigDecimal got = number(actual, path);
            boolean counted = layout.contains(path);
            if (got != null && !Truth.sameNumber(want, got)) {
                wrong.add(new Wrong(path, want, got));
            } else if (got == null && want != null) {
                unread.add(path);
            } else if (counted) {
                right++;
            }
        }
        return new CaseScore(name, layout.size(), right, unread, wrong, agency, year, truth.agency(), truth.year(), rejected, null);
    }

    /** A parse that threw: every expected number unread. */
    public static CaseScore failed(String name, Truth truth, Throwable error) {
        List<String> unread = truth.layoutPaths().stream().filter(p -> truth.cells().get(p) != null).toList();
        int right = truth.layoutPaths().size() - unread.size();
        return new CaseScore(name, truth.layoutPaths().size(), right, unread, List.of(), null, null, truth.agency(), truth.year(),
                true, error.toString());
    }

    /** The number at a contract path of the parsed report's JSON, or null. */
    public static BigDecimal number(JsonNode actual, String path) {
        if (actual == null) {
            return null;
        }
        JsonNode node = actual.at("/" + path.replace('.', '/'));
        return node.isNumber() ? node.decimalValue() : null;
    }

    public boolean agencyRight() {
        return Objects.equals(expectedAgency, agency);
    }

    public boolean yearRight() {
        return year != null && year == expectedYear;
    }

    public boolean exact() {
        return wrong.isEmpty() && unread.isEmpty() && agencyRight() && yearRight();
    }
}
