package nianbao.validation.rules;

import com.fasterxml.jackson.core.JsonPointer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of the 2021 format by contract path: 10 of table 二, 25 rows × 7 columns of table 三, 15 of table 四
 * (200); when （六）其他处理 is printed as one row, {@code otherHandling.combined} takes the place of its three
 * sub-rows (186).
 */
public final class Layout {

    public static final List<String> COLUMNS = List.of("naturalPerson", "commercial", "research", "socialWelfare",
            "legalService", "other", "total");
    public static final List<String> ACTIVE_DISCLOSURE = List.of("regulations.issued", "regulations.repealed",
            "regulations.inForce", "normativeDocuments.issued", "normativeDocuments.repealed", "normativeDocuments.inForce",
            "licensing", "punishment", "compulsion", "feesTenThousandYuan");
    public static final List<String> OTHER_HANDLING_SUB_ROWS = List.of("otherHandling.overdueCorrection",
            "otherHandling.unpaidFee", "otherHandling.other");
    public static final String COMBINED = "otherHandling.combined";
    public static final List<String> REVIEW_GROUPS = List.of("review", "lawsuitDirect", "lawsuitAfterReview");
    public static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private static final List<String> ROWS_BEFORE = List.of("newReceived", "carriedOver", "granted", "partiallyGranted",
            "denied.stateSecret", "denied.prohibitedByLaw", "denied.endangersSafetyStability", "denied.thirdPartyRights",
            "denied.internalAffairs", "denied.processInformation", "denied.enforcementFiles", "denied.administrativeQuery",
            "unableToProvide.notHeld", "unableToProvide.needsCreation", "unableToProvide.unclearAfterCorrection",
            "notProcessed.complaintPetition", "notProcessed.duplicate", "notProcessed.publication",
            "notProcessed.massRepeated", "notProcessed.confirmation");
    private static final List<String> ROWS_AFTER = List.of("totalHandled", "carriedForward");
    private static final List<String> CELLS_SPLIT = build(false);
    private static final List<String> CELLS_COMBINED = build(true);
    /** The pointer of every layout cell, compiled once: rules look cells up for every report. */
    private static final Map<String, JsonPointer> POINTERS = pointers();

    private Layout() {
    }

    /** The rows of table 三 in template order. */
    public static List<String> applicationRows(boolean combinedOtherHandling) {
        List<String> rows = new ArrayList<>(ROWS_BEFORE);
        if (combinedOtherHandling) {
            rows.add(COMBINED);
        } else {
            rows.addAll(OTHER_HANDLING_SUB_ROWS);
        }
        rows.addAll(ROWS_AFTER);
        return List.copyOf(rows);
    }

    /** Every cell of the layout by contract path, table by table in template order. */
    public static List<String> cells(boolean combinedOtherHandling) {
        return combinedOtherHandling ? CELLS_COMBINED : CELLS_SPLIT;
    }

    /** The JSON pointer of a contract path ({@code a.b.c} → {@code /a/b/c}); a layout cell's is compiled once. */
    public static JsonPointer pointer(String path) {
        JsonPointer known = POINTERS.get(path);
        return known != null ? known : JsonPointer.compile("/" + path.replace('.', '/'));
    }

    private static Map<String, JsonPointer> pointers() {
        Map<String, JsonPointer> pointers = new HashMap<>();
        for (List<String> cells : List.of(CELLS_SPLIT, CELLS_COMBINED)) {
            cells.forEach(path -> pointers.put(path, JsonPointer.compile("/" + path.replace('.', '/'))));
        }
        return Map.copyOf(pointers);
    }

    private static List<String> build(boolean combinedOtherHandling) {
        List<String> cells = new ArrayList<>();
        ACTIVE_DISCLOSURE.forEach(c -> cells.add("activeDisclosure." + c));
        for (String row : applicationRows(combinedOtherHandling)) {
            COLUMNS.forEach(c -> cells.add("applications." + row + "." + c));
        }
        for (String group : REVIEW_GROUPS) {
            OUTCOMES.forEach(o -> cells.add("reviewsAndLawsuits." + group + "." + o));
        }
        return List.copyOf(cells);
    }
}
