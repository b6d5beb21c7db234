package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the value rows of one copy of table 三 onto the template's rows. A row whose own label names one template
 * row is an anchor; the anchors kept are the longest run in template order (a labelled row out of that order is
 * not used). Between two anchors, rows whose label was lost are placed by position only when their count equals
 * the count of template rows left between the anchors; otherwise labels written on the lines around them
 * (a wrapped or displaced label) may anchor them further, with the same exact-count rule in what remains. Nothing
 * is placed on a guess: a row that cannot be placed stays unplaced and the template rows it might be stay unread.
 */
final class TemplateAligner {

    /** At most this many label fragments before a row are read as its label. */
    private static final int FRAGMENTS = 4;

    /** Which value row each template row got, which of them by position, and what could not be placed. */
    record Result(List<ApplicationRowKey> template, Map<ApplicationRowKey, ValueRow> rows,
                  List<ApplicationRowKey> byPosition, List<ValueRow> unplaced, List<ApplicationRowKey> unresolved,
                  Map<ValueRow, ApplicationRowKey> repeats) {
    }

    private final List<ValueRow> rows;
    private final Diagnostics diagnostics;
    private final List<ApplicationRowKey> template;
    private final Map<ApplicationRowKey, ValueRow> placed = new LinkedHashMap<>();
    private final List<ApplicationRowKey> byPosition = new ArrayList<>();
    private final List<ValueRow> unplaced = new ArrayList<>();
    private final List<ApplicationRowKey> unresolved = new ArrayList<>();
    private final Map<ValueRow, ApplicationRowKey> repeats = new LinkedHashMap<>();

    private TemplateAligner(List<ValueRow> rows, List<ApplicationRowKey> template, Diagnostics diagnostics) {
        this.rows = rows;
        this.template = template;
        this.diagnostics = diagnostics;
    }

    /** Aligns one copy of the table on the template the whole table has ({@link #templateOf}). */
    static Result align(List<ValueRow> rows, List<ApplicationRowKey> template, Diagnostics diagnostics) {
        TemplateAligner aligner = new TemplateAligner(rows, template, diagnostics);
        aligner.run();
        return new Result(template, aligner.placed, aligner.byPosition, aligner.unplaced, aligner.unresolved, aligner.repeats);
    }

    /**
     * The combined （六） layout when a row labelled 其他处理 alone stands in the table (in any copy of it) and none of
     * the three sub-rows does.
     */
    static List<ApplicationRowKey> templateOf(List<ValueRow> rows, List<String> labelsAlone) {
        boolean combined = false;
        boolean subRows = false;
        StringBuilder alone = new StringBuilder();
        for (String label : labelsAlone) {
            alone.append(label);
            combined |= ApplicationRowKey.withoutNumbering(label).equals("其他处理");
        }
        subRows |= alone.indexOf("逾期不补正") >= 0 || alone.indexOf("缴纳费用") >= 0 || alone.indexOf("收费通知") >= 0;
        for (ValueRow row : rows) {
            List<ApplicationRowKey> keys = row.ownKeys();
            if (keys.isEmpty() && !row.hasOwnLabel() && !row.fragmentsBefore().isEmpty()) {
                // a label on the line above its numbers
                keys = ApplicationRowKey.match(row.fragmentsBefore().get(row.fragmentsBefore().size() - 1));
            }
            if (keys.size() == 1) {
                combined |= keys.get(0) == ApplicationRowKey.OTHER_HANDLING_COMBINED;
                subRows |= keys.get(0) == ApplicationRowKey.OVERDUE_CORRECTION || keys.get(0) == ApplicationRowKey.UNPAID_FEE
                        || keys.get(0) == ApplicationRowKey.OTHER_HANDLING_OTHER;
            }
            // a sub-row's label anywhere in the table, even wrapped over lines of its own, rules the combined row out
            String around = row.fragmentsBefore().isEmpty() ? row.ownLabel() : String.join("", row.fragmentsBefore()) + row.ownLabel();
            subRows |= around.contains("逾期不补正") || around.contains("缴纳费用") || around.contains("收费通知");
        }
        return combined && !subRows ? ApplicationsTemplate.COMBINED : ApplicationsTemplate.STANDARD;
    }

    private void run() {
        int[] index = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            index[i] = ownIndex(rows.get(i));
        }
        boolean[] anchor = longestInOrder(index);
        boolean[] excluded = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (index[i] >= 0 && !anchor[i]) {
                excluded[i] = true;
            }
        }
        int previousRow = -1;
        int previousSlot = -1;
        for (int i = 0; i <= rows.size(); i++) {
            if (i < rows.size() && !anchor[i]) {
                continue;
            }
            int slot = i < rows.size() ? index[i] : template.size();
            fillGap(candidates(previousRow + 1, i, excluded), previousSlot + 1, slot);
            if (i < rows.size()) {
                placed.put(template.get(slot), rows.get(i));
            }
            previousRow = i;
            previousSlot = slot;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (excluded[i]) {
                noteExcluded(rows.get(i), template.get(index[i]));
            }
        }
    }

    /** The template index the row's own label names, or -1 (no label, no match, several matches, another layout). */
    private int ownIndex(ValueRow row) {
        if (!row.hasOwnLabel()) {
            return -1;
        }
        List<ApplicationRowKey> keys = row.ownKeys();
        if (keys.size() > 1) {
            diagnostics.add(DiagnosticCode.LABEL_AMBIGUOUS, ApplicationsTableReader.TABLE, null,
                    "label names several rows: " + keys, row.line(), row.ownLabel());
            return -1;
        }
        return keys.isEmpty() ? -1 : template.indexOf(keys.get(0));
    }

    /** A labelled row left out of the order: a second copy of a row placed elsewhere, or a row out of place. */
    private void noteExcluded(ValueRow row, ApplicationRowKey key) {
        if (placed.get(key) != null) {
            repeats.put(row, key);
            return;
        }
        diagnostics.add(DiagnosticCode.ROW_OUT_OF_ORDER, ApplicationsTableReader.TABLE, key.path(),
                "a row labelled " + key.path() + " stands where the template order does not allow it; not used", row.line(),
                row.ownLabel());
    }

    private List<ValueRow> candidates(int from, int to, boolean[] excluded) {
        List<ValueRow> candidates = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!excluded[i]) {
                candidates.add(rows.get(i));
            }
        }
        return candidates;
    }

    /** Places the rows between two anchors on the template rows between them [firstSlot, endSlot). */
    private void fillGap(List<ValueRow> candidates, int firstSlot, int endSlot) {
        Map<ApplicationRowKey, ValueRow> assigned = new LinkedHashMap<>();
        if (!candidates.isEmpty() && assign(candidates, firstSlot, endSlot, assigned)) {
            assigned.forEach((key, row) -> {
                placed.put(key, row);
                if (!row.hasOwnLabel() || row.ownKeys().size() != 1) {
                    byPosition.add(key);
                    diagnostics.add(DiagnosticCode.ROW_PLACED_BY_POSITION, ApplicationsTableReader.TABLE, key.path(),
                            "the row's label was not read; placed by its position between rows whose labels were read",
                            row.line(), row.ownLabel());
                }
            });
        } else {
            unplaced.addAll(candidates);
        }
        for (int s = firstSlot; s < endSlot; s++) {
            if (!assigned.containsKey(template.get(s)) || candidates.isEmpty()) {
                unresolved.add(template.get(s));
            }
        }
    }

    /**
     * Every candidate onto a template row in [firstSlot, endSlot): all by position when their count equals the rows
     * there; else anchored further by the labels around them, each remaining run again by its exact count. All or
     * nothing: a label displaced by conversion (printed after its values) can name a neighbour's row, and then some
     * run fails to fit, so the labels around are not trusted for any row of the gap.
     */
    private boolean assign(List<ValueRow> candidates, int firstSlot, int endSlot, Map<ApplicationRowKey, ValueRow> assigned) {
        if (candidates.size() == endSlot - firstSlot) {
            if (labelsAroundContradict(candidates, firstSlot)) {
                return false;
            }
            for (int k = 0; k < candidates.size(); k++) {
                assigned.put(template.get(firstSlot + k), candidates.get(k));
            }
            return true;
        }
        if (candidates.isEmpty()) {
            return true;
        }
        int[] index = new int[candidates.size()];
        boolean any = false;
        for (int k = 0; k < candidates.size(); k++) {
            index[k] = fragmentIndex(candidates.get(k), firstSlot, endSlot);
            any |= index[k] >= 0;
        }
        if (!any) {
            return false;
        }
        boolean[] anchor = longestInOrder(index);
        int previousRow = -1;
        int previousSlot = firstSlot - 1;
        for (int k = 0; k <= candidates.size(); k++) {
            if (k < candidates.size() && !anchor[k]) {
                continue;
            }
            int slot = k < candidates.size() ? index[k] : endSlot;
            List<ValueRow> run = candidates.subList(previousRow + 1, k);
            if (!run.isEmpty() && !assign(run, previousSlot + 1, slot, assigned)) {
                return false;
            }
            if (k < candidates.size()) {
                assigned.put(template.get(slot), candidates.get(k));
            }
            previousRow = k;
            previousSlot = slot;
        }
        return true;
    }

    /**
     * Whether the label around a row to be placed by position (on the lines before it) names another template row
     * than the one its position gives: then the count only fits by chance (a row printed twice where another row was
     * left out), and no row of the run is placed by position.
     */
    private boolean labelsAroundContradict(List<ValueRow> candidates, int firstSlot) {
        for (int k = 0; k < candidates.size(); k++) {
            int named = fragmentIndex(candidates.get(k), 0, template.size());
            if (named >= 0 && named != firstSlot + k) {
                return true;
            }
        }
        return false;
    }

    /**
     * The template row in [firstSlot, endSlot) that the label around a row names: its own label, else its own label
     * with the fragments standing on the lines before it, the nearest first; -1 when none names exactly one.
     */
    private int fragmentIndex(ValueRow row, int firstSlot, int endSlot) {
        if (row.kind() == SourceRow.Kind.PIPES || row.kind() == SourceRow.Kind.GRID) {
            // a PDF converted to markdown leaves labels wherever its columns were flushed, after their values as often
            // as before: the text around a pipe row says nothing about which row it is
            return -1;
        }
        int own = uniqueSlot(row.ownKeys(), firstSlot, endSlot);
        if (own != -1 || row.fragmentsBefore().isEmpty()) {
            return Math.max(own, -1);
        }
        StringBuilder label = new StringBuilder(row.ownLabel());
        List<String> fragments = row.fragmentsBefore();
        for (int k = fragments.size() - 1; k >= Math.max(0, fragments.size() - FRAGMENTS); k--) {
            label.insert(0, fragments.get(k));
            int slot = uniqueSlot(ApplicationRowKey.match(label.toString()), firstSlot, endSlot);
            if (slot != -1) {
                return Math.max(slot, -1);
            }
        }
        return -1;
    }

    /** The one slot in range of the rows a label names; -1 for none, -2 when it names several. */
    private int uniqueSlot(List<ApplicationRowKey> keys, int firstSlot, int endSlot) {
        int found = -1;
        for (ApplicationRowKey key : keys) {
            int slot = template.indexOf(key);
            if (slot >= firstSlot && slot < endSlot) {
                if (found >= 0) {
                    return -2;
                }
                found = slot;
            }
        }
        return found;
    }

    /** Marks the longest strictly increasing subsequence of the non-negative indexes (earliest on ties). */
    private static boolean[] longestInOrder(int[] index) {
        int n = index.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (index[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int j = 0; j < i; j++) {
                if (index[j] >= 0 && index[j] < index[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}
