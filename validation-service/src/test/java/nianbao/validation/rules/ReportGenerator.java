package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes parsed reports whose tables are consistent, then breaks identities (a cell printed 1–5 too high), blanks
 * cells that are 0 (printed empty), and makes rows unreadable (null cells with the parser's diagnostic, and with
 * {@code reading} for half the reports), keeping what it did so that a test can tell what validation must say.
 */
final class ReportGenerator {

    /** One generated report: its JSON, the cells printed blank, and the cells the parser could not read. */
    record Generated(ObjectNode json, Map<String, Long> printed, Set<String> blank, Set<String> unread) {
    }

    private static final List<String> APPLICANTS = Layout.COLUMNS.subList(0, 6);
    private static final List<String> UNREAD_CODES = List.of("ROW_UNREAD", "ROW_AMBIGUOUS", "ROW_OUT_OF_ORDER");

    private final Random random;

    ReportGenerator(long seed) {
        this.random = new Random(seed);
    }

    Generated next() {
        Map<String, Long> cells = consistentCells();
        for (int i = random.nextInt(3); i > 0; i--) {
            String broken = pick(breakable());
            cells.put(broken, cells.get(broken) + 1 + random.nextInt(5));
        }
        Set<String> blank = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String cell = pick(breakable());
            if (cells.get(cell) == 0) {
                blank.add(cell);
            }
        }
        boolean withReading = random.nextBoolean();
        ObjectNode json = Reports.consistent();
        cells.forEach((path, value) -> Reports.with(json, path, value));
        ArrayNode diagnostics = (ArrayNode) json.get("diagnostics");
        for (String cell : blank) {
            Reports.with(json, cell, null);
            String[] parts = cell.split("\\.", 2);
            diagnostics.addObject().put("code", random.nextBoolean() ? "CELL_BLANK" : "CELL_NA").put("table", parts[0]).put("cell", parts[1]);
        }
        Set<String> unread = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            unread.addAll(makeUnread(json, diagnostics));
        }
        blank.removeAll(unread);
        // a row the parser could not read has no cells it saw blank
        for (int i = diagnostics.size() - 1; i >= 0; i--) {
            String code = diagnostics.get(i).get("code").asText();
            String cell = diagnostics.get(i).get("table").asText() + "." + diagnostics.get(i).get("cell").asText();
            if ((code.equals("CELL_BLANK") || code.equals("CELL_NA")) && unread.contains(cell)) {
                diagnostics.remove(i);
            }
        }
        if (withReading) {
            ObjectNode reading = json.putObject("reading").put("cellsExpected", 200).put("cellsRead", 200 - unread.size());
            blank.forEach(reading.putArray("blank")::add);
            unread.forEach(reading.putArray("unread")::add);
            reading.putArray("absent");
        }
        return new Generated(json, cells, blank, unread);
    }

    /** Table 三 and 四 with counts whose every identity holds (table 二 as {@link Reports#consistent}). */
    private Map<String, Long> consistentCells() {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<String> details = Layout.applicationRows(false).subList(2, 23);
        for (String column : APPLICANTS) {
            long handled = 0;
            for (String row : details) {
                long value = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(20);
                cells.put("applications." + row + "." + column, value);
                handled += value;
            }
            long forward = random.nextInt(6);
            long over = random.nextInt((int) Math.min(handled + forward, 5) + 1);
            cells.put("applications.totalHandled." + column, handled);
            cells.put("applications.carriedForward." + column, forward);
            cells.put("applications.carriedOver." + column, over);
            cells.put("applications.newReceived." + column, handled + forward - over);
        }
        for (String row : Layout.applicationRows(false)) {
            cells.put("applications." + row + ".total", APPLICANTS.stream().mapToLong(c -> cells.get("applications." + row + "." + c)).sum());
        }
        for (String group : Layout.REVIEW_GROUPS) {
            long total = 0;
            for (String outcome : Layout.OUTCOMES.subList(0, 4)) {
                long value = random.nextInt(4);
                cells.put("reviewsAndLawsuits." + group + "." + outcome, value);
                total += value;
            }
            cells.put("reviewsAndLawsuits." + group + ".total", total);
        }
        return cells;
    }

    private static List<String> breakable() {
        List<String> cells = new ArrayList<>(Layout.cells(false));
        cells.removeIf(c -> c.startsWith("activeDisclosure."));
        return cells;
    }

    /** Nulls a row of table 三 or 四, or one cell, with the diagnostic the parser gives; the cells made unread. */
    private Set<String> makeUnread(ObjectNode json, ArrayNode diagnostics) {
        boolean applications = random.nextInt(4) > 0;
        String table = applications ? "applications" : "reviewsAndLawsuits";
        String row = applications ? pick(Layout.applicationRows(false)) : pick(Layout.REVIEW_GROUPS);
        List<String> columns = applications ? Layout.COLUMNS : Layout.OUTCOMES;
        Set<String> unread = new HashSet<>();
        if (random.nextInt(3) == 0) {
            String cell = row + "." + pick(columns);
            diagnostics.addObject().put("code", random.nextBoolean() ? "CELL_TEXT" : "NUMBER_TOO_LARGE").put("table", table)
                    .put("cell", cell).put("raw", "7件");
            unread.add(table + "." + cell);
        } else {
            diagnostics.addObject().put("code", pick(UNREAD_CODES)).put("table", table).put("cell", row);
            columns.forEach(c -> unread.add(table + "." + row + "." + c));
        }
        unread.forEach(cell -> Reports.with(json, cell, null));
        return unread;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
