package nianbao.query.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an agency's timeline, oldest year first, with year-over-year changes of the key figures. */
public final class Timeline {

    /** One current report of the agency. */
    public record Input(int year, String reportId, String agency, String status, Integer errors, Integer warnings,
                        Map<String, Object> report) {
    }

    /** The figures followed over the years, by contract path. */
    public static final List<String> FIGURES = List.of(
            "applications.newReceived.total", "applications.carriedOver.total", "applications.granted.total",
            "applications.partiallyGranted.total", "applications.totalHandled.total", "applications.carriedForward.total",
            "activeDisclosure.normativeDocuments.inForce", "activeDisclosure.licensing", "activeDisclosure.punishment",
            "reviewsAndLawsuits.review.total", "reviewsAndLawsuits.lawsuitDirect.total",
            "reviewsAndLawsuits.lawsuitAfterReview.total");

    private Timeline() {
    }

    public static List<TimelineEntry> of(List<Input> reports) {
        List<Input> sorted = reports.stream().sorted(Comparator.comparingInt(Input::year)).toList();
        List<TimelineEntry> entries = new ArrayList<>();
        Map<Integer, Map<String, BigDecimal>> byYear = new LinkedHashMap<>();
        for (Input input : sorted) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            FIGURES.forEach(path -> figures.put(path, CellValues.get(input.report(), path)));
            Map<String, BigDecimal> previous = byYear.get(input.year() - 1);
            Map<String, BigDecimal> changes = new LinkedHashMap<>();
            if (previous != null) {
                FIGURES.forEach(path -> changes.put(path, difference(figures.get(path), previous.get(path))));
            }
            byYear.put(input.year(), figures);
            entries.add(new TimelineEntry(input.year(), input.reportId(), input.agency(), input.status(), input.errors(),
                    input.warnings(), figures, previous == null ? null : input.year() - 1, changes));
        }
        return entries;
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }
}
