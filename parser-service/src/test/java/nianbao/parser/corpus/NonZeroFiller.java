package nianbao.parser.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Replaces a seed's table numbers with a consistent non-zero set drawn from a seeded {@link Random}: every row total
 * is the sum of its columns, （七）总计 is the sum of the result rows, and 新收 + 结转 = 总计 + 结转下年度 in every
 * column. The expected JSON is the seed's, with each cell the seed prints set to the number written in its place;
 * cells the seed leaves blank or lacks stay null.
 */
final class NonZeroFiller {

    static final List<String> APPLICATION_ROWS = List.of("newReceived", "carriedOver", "granted", "partiallyGranted",
            "denied.stateSecret", "denied.prohibitedByLaw", "denied.endangersSafetyStability", "denied.thirdPartyRights",
            "denied.internalAffairs", "denied.processInformation", "denied.enforcementFiles", "denied.administrativeQuery",
            "unableToProvide.notHeld", "unableToProvide.needsCreation", "unableToProvide.unclearAfterCorrection",
            "notProcessed.complaintPetition", "notProcessed.duplicate", "notProcessed.publication",
            "notProcessed.massRepeated", "notProcessed.confirmation", "otherHandling.overdueCorrection",
            "otherHandling.unpaidFee", "otherHandling.other", "totalHandled", "carriedForward");
    static final List<String> APPLICANTS = List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other");
    private static final List<String> DISCLOSURE_ROWS =
            List.of("regulations", "normativeDocuments", "licensing", "punishment", "compulsion", "feesTenThousandYuan");
    private static final List<String> DOCUMENT_COLUMNS = List.of("issued", "repealed", "inForce");
    private static final List<String> GROUPS = List.of("review", "lawsuitDirect", "lawsuitAfterReview");
    private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending");

    private final Random random;

    NonZeroFiller(long seed) {
        this.random = new Random(seed);
    }

    /** Rewrites the numbers in {@code tables} and returns the matching expected JSON (a copy of {@code expected}). */
    ObjectNode fill(SeedTables tables, JsonNode expected) {
        ObjectNode result = expected.deepCopy();
        List<Map<String, BigDecimal>> disclosure = new ArrayList<>();
        for (String row : DISCLOSURE_ROWS) {
            disclosure.add(disclosureRow(row));
        }
        write(tables, 0, result, "activeDisclosure", DISCLOSURE_ROWS, disclosure);
        write(tables, 1, result, "applications", APPLICATION_ROWS, applications(result.get("applications")));
        write(tables, 2, result, "reviewsAndLawsuits", List.of(""), List.of(reviews()));
        return result;
    }

    private Map<String, BigDecimal> disclosureRow(String row) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        switch (row) {
            case "regulations" -> DOCUMENT_COLUMNS.forEach(c -> cells.put(c, count(6)));
            case "normativeDocuments" -> DOCUMENT_COLUMNS.forEach(c -> cells.put(c, count(40)));
            case "licensing" -> cells.put("", BigDecimal.valueOf(1_000 + random.nextInt(90_000)));
            case "feesTenThousandYuan" -> cells.put("", BigDecimal.valueOf(1 + random.nextInt(5_000_000), 3));
            default -> cells.put("", count(300));
        }
        return cells;
    }

    /** Table 三 by row path → column → value; a column the seed lacks counts as 0 in every sum. */
    private List<Map<String, BigDecimal>> applications(JsonNode expected) {
        Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
        int[] handled = new int[APPLICANTS.size()];
        for (String row : APPLICATION_ROWS.subList(2, 23)) {
            int[] values = new int[APPLICANTS.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(c == 0 ? 30 : 6);
                handled[c] += values[c];
            }
            rows.put(row, withTotal(values, expected.at(pointer(row) + "/other")));
        }
        int[] received = new int[APPLICANTS.size()];
        int[] carriedOver = new int[APPLICANTS.size()];
        int[] forward = new int[APPLICANTS.size()];
        for (int c = 0; c < APPLICANTS.size(); c++) {
            forward[c] = random.nextInt(5);
            carriedOver[c] = Math.min(random.nextInt(5), handled[c] + forward[c]);
            received[c] = handled[c] + forward[c] - carriedOver[c];
        }
        JsonNode other = expected.at("/newReceived/other");
        rows.put("newReceived", withTotal(received, other));
        rows.put("carriedOver", withTotal(carriedOver, other));
        rows.put("totalHandled", withTotal(handled, other));
        rows.put("carriedForward", withTotal(forward, other));
        return APPLICATION_ROWS.stream().map(rows::get).toList();
    }

    private Map<String, BigDecimal> withTotal(int[] values, JsonNode otherColumn) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        int total = 0;
        for (int c = 0; c < values.length; c++) {
            boolean missing = c == 5 && otherColumn.isNull();
            int value = missing ? 0 : values[c];
            cells.put(APPLICANTS.get(c), BigDecimal.valueOf(value));
            total += value;
        }
        cells.put("total", BigDecimal.valueOf(total));
        return cells;
    }

    private Map<String, BigDecimal> reviews() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (String group : GROUPS) {
            int total = 0;
            for (String outcome : OUTCOMES) {
                BigDecimal v = count(5);
                total += v.intValue();
                cells.put(group + "." + outcome, v);
            }
            cells.put(group + ".total", BigDecimal.valueOf(total));
        }
        return cells;
    }

    private BigDecimal count(int bound) {
        return BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(bound));
    }

    /**
     * Writes row i's values into the i-th number line of the table: the cells the seed prints (non-null in its expected
     * JSON), in column order, go into the line's number cells in order; number cells beyond them are left as they are.
     */
    private static void write(SeedTables tables, int table, ObjectNode expected, String tableKey, List<String> rows,
                              List<Map<String, BigDecimal>> values) {
        List<Integer> lineIndexes = table == 2 ? tables.numberLines.get(2) : tables.numberLines.get(table);
        for (int r = 0; r < rows.size(); r++) {
            int lineIndex = lineIndexes.get(r);
            String[] cells = tables.lines.get(lineIndex).split("\t", -1);
            List<Integer> numberCells = SeedTables.numberCells(tables.lines.get(lineIndex));
            int next = 0;
            for (Map.Entry<String, BigDecimal> cell : values.get(r).entrySet()) {
                String path = "/" + tableKey + (rows.get(r).isEmpty() ? "" : pointer(rows.get(r)))
                        + (cell.getKey().isEmpty() ? "" : pointer(cell.getKey()));
                JsonNode current = expected.at(path);
                if (current.isMissingNode()) {
                    throw new IllegalStateException("no cell " + path + " in the expected JSON");
                }
                if (current.isNull()) {
                    continue;
                }
                if (next >= numberCells.size()) {
                    throw new IllegalStateException("line " + (lineIndex + 1) + " has too few numbers for " + path);
                }
                cells[numberCells.get(next++)] = cell.getValue().toPlainString();
                String parent = path.substring(0, path.lastIndexOf('/'));
                ((ObjectNode) expected.at(parent)).put(path.substring(path.lastIndexOf('/') + 1), cell.getValue());
            }
            tables.lines.set(lineIndex, String.join("\t", cells));
        }
    }

    static String pointer(String dotted) {
        return "/" + dotted.replace('.', '/');
    }
}
