package nianbao.parser.parsing;

import java.util.ArrayList;
import java.util.List;

import static nianbao.parser.parsing.ApplicationRowKey.*;

/** The rows of table 三 in the order the 2021 format prints them: 25, or 23 when （六）其他处理 is one row. */
final class ApplicationsTemplate {

    static final List<ApplicationRowKey> STANDARD = List.of(NEW_RECEIVED, CARRIED_OVER, GRANTED, PARTIALLY_GRANTED,
            STATE_SECRET, PROHIBITED_BY_LAW, ENDANGERS_SAFETY_STABILITY, THIRD_PARTY_RIGHTS, INTERNAL_AFFAIRS,
            PROCESS_INFORMATION, ENFORCEMENT_FILES, ADMINISTRATIVE_QUERY, NOT_HELD, NEEDS_CREATION,
            UNCLEAR_AFTER_CORRECTION, COMPLAINT_PETITION, DUPLICATE, PUBLICATION, MASS_REPEATED, CONFIRMATION,
            OVERDUE_CORRECTION, UNPAID_FEE, OTHER_HANDLING_OTHER, TOTAL_HANDLED, CARRIED_FORWARD);

    static final List<ApplicationRowKey> COMBINED = combined();

    private ApplicationsTemplate() {
    }

    private static List<ApplicationRowKey> combined() {
        List<ApplicationRowKey> rows = new ArrayList<>(STANDARD);
        int at = rows.indexOf(OVERDUE_CORRECTION);
        rows.removeAll(List.of(OVERDUE_CORRECTION, UNPAID_FEE, OTHER_HANDLING_OTHER));
        rows.add(at, OTHER_HANDLING_COMBINED);
        return List.copyOf(rows);
    }
}
