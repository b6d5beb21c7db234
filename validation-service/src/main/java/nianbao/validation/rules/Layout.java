package nianbao.validation.rules;

import java.util.ArrayList;
import java.util.List;

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
