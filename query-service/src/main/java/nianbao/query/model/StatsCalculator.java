package nianbao.query.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums every table cell over groups of reports and derives the rates from the sums (pooled, not averaged):
 * 实质公开率 = (予以公开 + 部分公开) / 总计, 不予公开率, 结转率, 行政复议纠错率 = 结果纠正 / 复议总计, 行政诉讼纠错率.
 * A rate whose denominator is 0 is null. Reports are counted by status too: an INCOMPLETE report (not every cell read or
 * identity checked) is its own status, never counted as passed; its unread cells are blanks.
 */
public final class StatsCalculator {

    /** One report to count: its group, its status (ERRORS, INCOMPLETE, WARNINGS, PASSED, PARSED), its contract. */
    public record Input(String group, String status, Map<String, Object> report) {

        /** True when its latest validation found errors. */
        public boolean hasErrors() {
            return "ERRORS".equals(status);
        }
    }

    /** The statuses a counted report can have, each counted in {@link StatsGroup#reportsByStatus()}. */
    public static final List<String> STATUSES = List.of("ERRORS", "INCOMPLETE", "WARNINGS", "PASSED", "PARSED");

    private static final List<String> DENIED = List.of("stateSecret", "prohibitedByLaw", "endangersSafetyStability",
            "thirdPartyRights", "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery");

    private StatsCalculator() {
    }

    /** Groups sorted by key; a report whose group is unknown counts under "未知". */
    public static List<StatsGroup> compute(List<Input> inputs) {
        Map<String, List<Input>> groups = new TreeMap<>();
        for (Input input : inputs) {
            groups.computeIfAbsent(input.group() == null ? "未知" : input.group(), k -> new ArrayList<>()).add(input);
        }
        List<StatsGroup> result = new ArrayList<>();
        groups.forEach((key, members) -> result.add(group(key, members)));
        return result;
    }

    private static StatsGroup group(String key, List<Input> members) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> blanks = new LinkedHashMap<>();
        for (TableCell cell : CellCatalog.all()) {
            BigDecimal sum = BigDecimal.ZERO;
            int blank = 0;
            for (Input member : members) {
                BigDecimal value = CellValues.get(member.report(), cell.path());
                if (value == null) {
                    blank++;
                } else {
                    sum = sum.add(value);
                }
            }
            sums.put(cell.path(), sum);
            if (blank > 0) {
                blanks.put(cell.path(), blank);
            }
        }
        int withErrors = (int) members.stream().filter(Input::hasErrors).count();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(status -> byStatus.put(status, 0));
        members.forEach(member -> byStatus.merge(member.status(), 1, Integer::sum));
        return new StatsGroup(key, members.size(), withErrors, byStatus, sums, blanks, rates(sums));
    }

    /** The derived rates (the Chinese names are in the API description). */
    public static Rates rates(Map<String, BigDecimal> sums) {
        BigDecimal handled = sums.get("applications.totalHandled.total");
        BigDecimal denied = BigDecimal.ZERO;
        for (String reason : DENIED) {
            denied = denied.add(sums.get("applications.denied." + reason + ".total"));
        }
        return new Rates(
                ratio(sums.get("applications.granted.total").add(sums.get("applications.partiallyGranted.total")), handled),
                ratio(denied, handled),
                ratio(sums.get("applications.carriedForward.total"),
                        sums.get("applications.newReceived.total").add(sums.get("applications.carriedOver.total"))),
                ratio(sums.get("reviewsAndLawsuits.review.corrected"), sums.get("reviewsAndLawsuits.review.total")),
                ratio(sums.get("reviewsAndLawsuits.lawsuitDirect.corrected").add(sums.get("reviewsAndLawsuits.lawsuitAfterReview.corrected")),
                        sums.get("reviewsAndLawsuits.lawsuitDirect.total").add(sums.get("reviewsAndLawsuits.lawsuitAfterReview.total"))));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }
}
