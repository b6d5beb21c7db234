package nianbao.validation.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's acceptance over 1,000 generated reports with broken identities, blank cells and unreadable rows: every
 * broken identity over read cells is an error at its cells, no report gets an error it does not contain, an identity
 * over an unread cell is listed as not checked, and a report with unread rows is never PASSED nor blamed for them.
 * The expectations come from this test's own statement of the identities, not from the rule set.
 */
class AcceptanceGeneratorTest {

    private static final int REPORTS = 1_000;
    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    /** One identity of the tables as this test states it: a rule, its scope, and its two sides. */
    private record Identity(String rule, String scope, List<String> left, List<String> right) {

        List<String> cells() {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return all;
        }
    }

    private static List<Identity> identities() {
        List<Identity> identities = new ArrayList<>();
        List<String> rows = Layout.applicationRows(false);
        for (String c : Layout.COLUMNS) {
            identities.add(new Identity("T3-01", c, List.of("applications.newReceived." + c, "applications.carriedOver." + c),
                    List.of("applications.totalHandled." + c, "applications.carriedForward." + c)));
            identities.add(new Identity("T3-02", c, List.of("applications.totalHandled." + c),
                    rows.subList(2, 23).stream().map(r -> "applications." + r + "." + c).toList()));
        }
        for (String r : rows) {
            identities.add(new Identity("T3-03", r, List.of("applications." + r + ".total"),
                    Layout.COLUMNS.subList(0, 6).stream().map(c -> "applications." + r + "." + c).toList()));
        }
        for (int g = 0; g < 3; g++) {
            String group = Layout.REVIEW_GROUPS.get(g);
            identities.add(new Identity("T4-0" + (g + 1), group, List.of("reviewsAndLawsuits." + group + ".total"),
                    Layout.OUTCOMES.subList(0, 4).stream().map(o -> "reviewsAndLawsuits." + group + "." + o).toList()));
        }
        return identities;
    }

    private static long side(List<String> cells, ReportGenerator.Generated report) {
        return cells.stream().mapToLong(c -> report.blank().contains(c) ? 0 : report.printed().get(c)).sum();
    }

    @Test
    void everyBrokenIdentityIsFoundNoneIsInventedAndUnreadRowsAreNeverBlamed() {
        ReportGenerator generator = new ReportGenerator(20261203L);
        int broken = 0;
        int unchecked = 0;
        int withUnreadRows = 0;
        for (int n = 0; n < REPORTS; n++) {
            ReportGenerator.Generated report = generator.next();
            Set<List<Object>> expectedErrors = new HashSet<>();
            Set<List<String>> expectedUnchecked = new HashSet<>();
            for (Identity identity : identities()) {
                if (identity.cells().stream().anyMatch(report.unread()::contains)) {
                    expectedUnchecked.add(List.of(identity.rule(), identity.scope()));
                } else if (side(identity.left(), report) != side(identity.right(), report)) {
                    expectedErrors.add(List.of(identity.rule(), Set.copyOf(identity.cells())));
                }
            }

            Validation validation = validator.validate(report.json());

            String as = "report " + n + ": " + validation.findings();
            Set<List<Object>> errors = new HashSet<>();
            validation.findings().stream().filter(f -> f.severity().equals("error"))
                    .forEach(f -> errors.add(List.of(f.ruleId(), Set.copyOf(f.cells()))));
            assertThat(errors).as(as).isEqualTo(expectedErrors);
            assertThat(validation.findings()).as(as).extracting(Finding::ruleId)
                    .allMatch(id -> id.startsWith("T3-0") || id.startsWith("T4-0") || id.equals("S06") || id.equals("R01"));
            assertThat(validation.findings()).as(as).filteredOn(f -> f.severity().equals("error"))
                    .allSatisfy(f -> assertThat(f.cells()).noneMatch(report.unread()::contains));
            Set<List<String>> notChecked = new HashSet<>();
            validation.coverage().unchecked().stream().filter(u -> !u.rule().equals("P01"))
                    .forEach(u -> notChecked.add(List.of(u.rule(), u.scope())));
            assertThat(notChecked).as(as).isEqualTo(expectedUnchecked);
            assertThat(validation.coverage().cellsRead()).isEqualTo(200 - report.unread().size());
            assertThat(validation.status()).as(as).isEqualTo(!expectedErrors.isEmpty() ? Validation.ERRORS
                    : !report.unread().isEmpty() ? Validation.INCOMPLETE
                    : !report.blank().isEmpty() ? Validation.WARNINGS : Validation.PASSED);

            broken += expectedErrors.size();
            unchecked += expectedUnchecked.size();
            withUnreadRows += report.unread().isEmpty() ? 0 : 1;
        }
        assertThat(broken).as("identities broken across the set").isGreaterThan(REPORTS / 2);
        assertThat(unchecked).as("identities over unread cells").isGreaterThan(REPORTS / 2);
        assertThat(withUnreadRows).as("reports with unread cells").isGreaterThan(REPORTS / 3);
    }
}
