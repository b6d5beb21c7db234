package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;

/** The 2021 format's three tables as contract paths: row keys, columns, and the 200 cells (207 with （六） as one row). */
public final class Contract {

    public static final String DISCLOSURE = "activeDisclosure";
    public static final String APPLICATIONS = "applications";
    public static final String REVIEWS = "reviewsAndLawsuits";

    /** Table 二's rows and the columns each prints ("" = the row's single value). */
    public static final List<String> DISCLOSURE_ROWS =
            List.of("regulations", "normativeDocuments", "licensing", "punishment", "compulsion", "feesTenThousandYuan");
    public static final List<String> DOCUMENT_COLUMNS = List.of("issued", "repealed", "inForce");

    /** Table 三's 25 rows in template order. */
    public static final List<String> APPLICATION_ROWS = List.of("newReceived", "carriedOver", "granted", "partiallyGranted",
            "denied.stateSecret", "denied.prohibitedByLaw", "denied.endangersSafetyStability", "denied.thirdPartyRights",
            "denied.internalAffairs", "denied.processInformation", "denied.enforcementFiles", "denied.administrativeQuery",
            "unableToProvide.notHeld", "unableToProvide.needsCreation", "unableToProvide.unclearAfterCorrection",
            "notProcessed.complaintPetition", "notProcessed.duplicate", "notProcessed.publication",
            "notProcessed.massRepeated", "notProcessed.confirmation", "otherHandling.overdueCorrection",
            "otherHandling.unpaidFee", "otherHandling.other", "totalHandled", "carriedForward");
    /** Table 三's rows when （六）其他处理 is printed as one row. */
    public static final List<String> COMBINED_ROWS;
    public static final String COMBINED = "otherHandling.combined";
    public static final List<String> OTHER_HANDLING = List.of("otherHandling.overdueCorrection", "otherHandling.unpaidFee",
            "otherHandling.other");
    public static final List<String> APPLICANTS =
            List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total");
    public static final int OTHER_COLUMN = 5;

    /** Table 四: three groups of five columns, printed as one row of 15 numbers. */
    public static final List<String> REVIEW_GROUPS = List.of("review", "lawsuitDirect", "lawsuitAfterReview");
    public static final List<String> REVIEW_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    static {
        List<String> rows = new ArrayList<>(APPLICATION_ROWS);
        int at = rows.indexOf(OTHER_HANDLING.get(0));
        rows.removeAll(OTHER_HANDLING);
        rows.add(at, COMBINED);
        COMBINED_ROWS = List.copyOf(rows);
    }

    private Contract() {
    }

    /** The columns of a table-二 row, as path suffixes ("" for a single-valued row). */
    public static List<String> disclosureColumns(String row) {
        return row.equals("regulations") || row.equals("normativeDocuments") ? DOCUMENT_COLUMNS : List.of("");
    }

    /** The contract path of a cell: table, row and column joined by dots, empty parts left out. */
    public static String path(String table, String row, String column) {
        StringBuilder path = new StringBuilder(table);
        if (!row.isEmpty()) {
            path.append('.').append(row);
        }
        if (!column.isEmpty()) {
            path.append('.').append(column);
        }
        return path.toString();
    }

    /** The 200 cells of the 2021 format in table order, then the 7 cells of otherHandling.combined. */
    public static List<String> allPaths() {
        List<String> paths = new ArrayList<>(standardPaths());
        APPLICANTS.forEach(c -> paths.add(path(APPLICATIONS, COMBINED, c)));
        return paths;
    }

    /** The 200 cells a report printing （六） as three rows has. */
    public static List<String> standardPaths() {
        List<String> paths = new ArrayList<>();
        for (String row : DISCLOSURE_ROWS) {
            disclosureColumns(row).forEach(c -> paths.add(path(DISCLOSURE, row, c)));
        }
        for (String row : APPLICATION_ROWS) {
            APPLICANTS.forEach(c -> paths.add(path(APPLICATIONS, row, c)));
        }
        for (String group : REVIEW_GROUPS) {
            REVIEW_COLUMNS.forEach(c -> paths.add(path(REVIEWS, group, c)));
        }
        return paths;
    }

    /** The cells of the layout a report prints: 200, or 186 when （六） is one row. */
    public static List<String> layoutPaths(boolean combined) {
        if (!combined) {
            return standardPaths();
        }
        List<String> paths = new ArrayList<>();
        for (String path : allPaths()) {
            boolean subRow = OTHER_HANDLING.stream().anyMatch(r -> path.startsWith(APPLICATIONS + "." + r + "."));
            if (!subRow) {
                paths.add(path);
            }
        }
        return paths;
    }
}
