package nianbao.query.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Rule P01: an agency publishes its report of year N by 31 January of N+1; a people's government (a name ending in
 * 人民政府) publishes the region-wide report by 31 March of N+1.
 */
public final class PublicationDeadline {

    private PublicationDeadline() {
    }

    public static LocalDate of(String agency, int year) {
        boolean government = agency != null && agency.strip().endsWith("人民政府");
        return government ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** The calendar date of an ISO date or timestamp ("2026-01-20", "2026-01-20T08:00:00+08:00"); null if none. */
    public static LocalDate date(String value) {
        if (value == null || value.strip().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
