package nianbao.parser.corpus.families;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a correct reader reports for every one of the 207 cell paths of a report (null where the report prints
 * nothing or a blank, or where two copies of a row or table print different numbers; a copy printing a number
 * where another prints nothing does not make the number wrong), plus its agency, year and the cells of its layout.
 */
public record Truth(String agency, int year, boolean combined, Map<String, BigDecimal> cells) {

    /** The truth of a generated report, from its tables as printed (every copy, every duplicated row). */
    public static Truth of(ReportContent content) {
        Map<String, List<BigDecimal>> seen = new HashMap<>();
        for (Table table : content.tables()) {
            for (Row row : table.rows()) {
                List<String> columns = columns(table.kind(), row.key());
                for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    if (cell.printed()) {
                        seen.computeIfAbsent(Contract.path(table.kind().key, row.key(), columns.get(c)), k -> new ArrayList<>())
                                .add(cell.value());
                    }
                }
            }
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String path : Contract.allPaths()) {
            List<BigDecimal> numbers = seen.getOrDefault(path, List.of()).stream().filter(Objects::nonNull).toList();
            boolean agree = numbers.stream().allMatch(v -> sameNumber(v, numbers.get(0)));
            cells.put(path, numbers.isEmpty() || !agree ? null : numbers.get(0));
        }
        return new Truth(content.agency(), content.year(), content.options().combined(), cells);
    }

    /** The truth of a report whose expected JSON is in the contract's shape (the real corpus, the seeds). */
    public static Truth of(JsonNode expected) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        boolean combined = false;
        for (String path : Contract.allPaths()) {
            JsonNode node = expected.at("/" + path.replace('.', '/'));
            BigDecimal value = node.isNumber() ? node.decimalValue() : null;
            cells.put(path, value);
            combined |= value != null && path.contains(Contract.COMBINED);
        }
        return new Truth(expected.get("agency").asText(), expected.get("year").asInt(), combined, cells);
    }

    /** The columns of a row of the given table, in print order. */
    static List<String> columns(Table.Kind kind, String rowKey) {
        return switch (kind) {
            case DISCLOSURE -> Contract.disclosureColumns(rowKey);
            case APPLICATIONS -> Contract.APPLICANTS;
            case REVIEWS -> Contract.REVIEW_GROUPS.stream()
                    .flatMap(g -> Contract.REVIEW_COLUMNS.stream().map(c -> g + "." + c)).toList();
        };
    }

    /** The cells of the layout the report prints: 200, or 186 when （六） is one row. */
    public List<String> layoutPaths() {
        return Contract.layoutPaths(combined);
    }

    /** The expected JSON in the contract's shape: agency, year, template and the three tables. */
    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("agency", agency);
        root.put("year", year);
        root.put("template", "2021");
        for (Map.Entry<String, BigDecimal> cell : cells.entrySet()) {
            String[] parts = cell.getKey().split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            node.put(parts[parts.length - 1], cell.getValue());
        }
        if (!combined) {
            ((ObjectNode) root.get(Contract.APPLICATIONS).get("otherHandling")).putNull("combined");
        }
        return root;
    }

    public static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public String toString() {
        return agency + " " + year + " (" + cells.values().stream().filter(Objects::nonNull).count() + " numbers)";
    }
}
