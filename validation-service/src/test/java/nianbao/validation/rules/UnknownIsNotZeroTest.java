package nianbao.validation.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unread cell is never a zero: the identities over it are listed as not checked and the report is INCOMPLETE,
 * never blamed; cell states come from {@code reading} when the report has it, else from the diagnostics.
 */
class UnknownIsNotZeroTest {

    private final Validator validator = new Validator(RuleSet.bundled(Map.of()));

    /** The report of issue 13: two rows of table 三 not read, a printed total that is right. */
    private static ObjectNode twoRowsUnread() {
        ObjectNode report = Reports.consistent();
        for (String row : List.of("granted", "unableToProvide.notHeld")) {
            for (String column : Layout.COLUMNS) {
                Reports.with(report, "applications." + row + "." + column, null);
            }
            Reports.diagnostic(report, "ROW_UNREAD", "applications", row);
        }
        return report;
    }

    @Test
    void aRowTheParserCouldNotReadBreaksNoIdentityAndMakesTheReportIncomplete() {
        Validation validation = validator.validate(twoRowsUnread());

        assertThat(validation.findings()).extracting(Finding::ruleId).containsOnly("R01");
        assertThat(validation.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo("info"));
        assertThat(validation.status()).isEqualTo(Validation.INCOMPLETE);
        assertThat(validation.coverage().cellsExpected()).isEqualTo(200);
        assertThat(validation.coverage().cellsRead()).isEqualTo(186);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("T3-02"))
                .extracting(Coverage.Unchecked::scope).containsExactlyElementsOf(Layout.COLUMNS);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().equals("T3-02") && u.scope().equals("total"))
                .singleElement().satisfies(u -> assertThat(u.missing())
                        .containsExactly("applications.granted.total", "applications.unableToProvide.notHeld.total"));
        assertThat(validation.coverage().identitiesUnchecked()).isEqualTo(7 + 2);
        assertThat(validation.coverage().identitiesChecked()).isEqualTo(44 - 9);
    }

    @Test
    void r01NamesTheRowsThatWereNotReadWithTheParsersDiagnostic() {
        List<Finding> r01 = validator.validate(twoRowsUnread()).findings();

        assertThat(r01).extracting(f -> f.cells().get(0))
                .containsExactly("applications.granted.naturalPerson", "applications.unableToProvide.notHeld.naturalPerson");
        assertThat(r01.get(0).cells()).hasSize(7);
        assertThat(r01.get(0).actual()).isEqualTo("ROW_UNREAD");
        assertThat(r01.get(0).message()).contains("不是报告的错误");
    }

    @Test
    void aBrokenIdentityOverReadCellsIsStillAnErrorBesideTheUnreadRows() {
        ObjectNode report = Reports.with(twoRowsUnread(), "reviewsAndLawsuits.review.total", 4);

        Validation validation = validator.validate(report);

        assertThat(validation.status()).isEqualTo(Validation.ERRORS);
        assertThat(validation.findings()).filteredOn(f -> f.severity().equals("error")).extracting(Finding::ruleId)
                .containsExactly("T4-01");
    }

    @Test
    void aNullCellNothingExplainsIsUnreadNotZero() {
        ObjectNode report = Reports.with(Reports.consistent(), "applications.granted.naturalPerson", null);

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId).containsExactly("R01");
        assertThat(validation.findings().get(0).cells()).containsExactly("applications.granted.naturalPerson");
        assertThat(validation.status()).isEqualTo(Validation.INCOMPLETE);
        assertThat(validation.coverage().unchecked()).extracting(Coverage.Unchecked::rule).contains("T3-02", "T3-03")
                .doesNotContain("T3-01", "T4-01");
    }

    @Test
    void readingDecidesBlankAbsentAndUnreadWhenTheReportHasIt() {
        ObjectNode report = Reports.consistent();
        for (String outcome : Layout.OUTCOMES) {
            Reports.with(report, "reviewsAndLawsuits.lawsuitAfterReview." + outcome, null);
        }
        Reports.with(report, "applications.granted.commercial", null);
        ObjectNode reading = report.putObject("reading").put("cellsExpected", 200).put("cellsRead", 199);
        ArrayNode blank = reading.putArray("blank");
        Layout.OUTCOMES.forEach(o -> blank.add("reviewsAndLawsuits.lawsuitAfterReview." + o));
        reading.putArray("unread").add("applications.granted.commercial");
        reading.putArray("absent");

        Validation validation = validator.validate(report);

        assertThat(validation.findings()).extracting(Finding::ruleId).containsExactly("S06", "R01");
        assertThat(validation.coverage().cellsRead()).isEqualTo(199);
        assertThat(validation.coverage().unchecked()).filteredOn(u -> u.rule().startsWith("T4")).isEmpty();
        assertThat(validation.status()).isEqualTo(Validation.INCOMPLETE);
    }

    @Test
    void aCellTheReadingListsUnreadIsUnreadWhateverTheDiagnosticsSay() {
        ObjectNode report = Reports.with(Reports.consistent(), "reviewsAndLawsuits.review.upheld", null);
        Reports.diagnostic(report, "CELL_BLANK", "reviewsAndLawsuits", "review.upheld");
        ObjectNode reading = report.putObject("reading");
        reading.putArray("unread").add("reviewsAndLawsuits.review.upheld");

        Validation validation = validator.validate(report);

        assertThat(validation.coverage().unchecked()).extracting(Coverage.Unchecked::rule).contains("T4-01");
        assertThat(validation.findings()).extracting(Finding::ruleId).doesNotContain("T4-01");
    }

    @Test
    void aCellTextInsideATableOfAbsentKeysIsUnreadTheMostSpecificDiagnosticDecides() {
        ObjectNode report = Reports.with(Reports.consistent(), "activeDisclosure.licensing", null);
        Reports.diagnostic(report, "TABLE_2019_LAYOUT", "activeDisclosure", null);
        Reports.diagnostic(report, "CELL_TEXT", "activeDisclosure", "licensing");
        Reports.with(report, "activeDisclosure.regulations.inForce", null);

        ReportCells cells = ReportCells.of(report);

        assertThat(cells.state("activeDisclosure.licensing")).isEqualTo(CellState.UNREAD);
        assertThat(cells.state("activeDisclosure.regulations.inForce")).isEqualTo(CellState.ABSENT);
    }

    @Test
    void aDiagnosticCodeValidationDoesNotKnowIsIgnored() {
        ObjectNode report = Reports.diagnostic(Reports.consistent(), "SOMETHING_NEW", "applications", "granted");
        ((ObjectNode) report.get("diagnostics").get(0)).putObject("raw").put("nested", true);

        Validation validation = validator.validate(report);

        assertThat(validation.status()).isEqualTo(Validation.PASSED);
        assertThat(validation.findings()).isEmpty();
    }

    @Test
    void aCombinedOtherHandlingRowIsTheLayoutOf186Cells() {
        ObjectNode report = Reports.consistent();
        ObjectNode other = (ObjectNode) report.get("applications").get("otherHandling");
        other.putNull("overdueCorrection");
        other.putNull("unpaidFee");
        other.putNull("other");
        ObjectNode combined = other.putObject("combined");
        Layout.COLUMNS.forEach(c -> combined.put(c, 0));
        Reports.diagnostic(report, "OTHER_HANDLING_COMBINED", "applications", "otherHandling.combined");

        Validation validation = validator.validate(report);

        assertThat(validation.coverage().cellsExpected()).isEqualTo(186);
        assertThat(validation.coverage().cellsRead()).isEqualTo(186);
        assertThat(validation.coverage().identitiesUnchecked()).isZero();
        assertThat(validation.coverage().identitiesChecked()).isEqualTo(42);
        assertThat(validation.status()).isEqualTo(Validation.WARNINGS);
    }

    @Test
    void aNumberThatIsNoFiniteNumberIsUnread() {
        ObjectNode report = Reports.consistent();
        ((ObjectNode) report.at("/applications/granted")).put("naturalPerson", Double.POSITIVE_INFINITY);

        assertThat(ReportCells.of(report).state("applications.granted.naturalPerson")).isEqualTo(CellState.UNREAD);
    }
}
