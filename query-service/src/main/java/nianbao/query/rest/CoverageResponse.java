package nianbao.query.rest;

import java.util.List;

/**
 * {@code GET /coverage}: the agencies known in a region (from a report of any year) with and without a report for
 * the year (P04), and the reports of that year published after their deadline (P01), where a publication date is known.
 * Each list is paged alike ({@code page}, {@code size}); the totals say how long each is.
 */
public record CoverageResponse(int year, String region, int agenciesKnown, int withReportTotal, int withoutReportTotal,
                               int lateTotal, int page, int size, List<Entry> withReport, List<Entry> withoutReport,
                               int publicationDatesKnown, List<Late> late) {

    /** An agency, its report for the year (or null) and the latest year it has a report for. */
    public record Entry(String agency, String agencyKey, String reportId, Integer latestYear) {
    }

    /** A report published after its deadline. */
    public record Late(String agency, String reportId, String publishedAt, String deadline) {
    }
}
