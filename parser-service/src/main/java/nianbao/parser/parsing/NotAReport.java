package nianbao.parser.parsing;

import nianbao.parser.model.Diagnostic;
import nianbao.parser.model.ParsedReport;

/**
 * Tells text that is no annual report at all (no title naming one, none of the numbered sections, none of the
 * three tables) from a report with defects: the first is rejected with a reason, the second validated.
 */
public final class NotAReport {

    public static final String REASON =
            "not an annual report: no title naming a 政府信息公开工作年度报告, none of the sections 一…六 and none of the three tables";

    private NotAReport() {
    }

    public static boolean test(ParsedReport report) {
        boolean noTitle = report.title() == null;
        boolean noSections = report.sections().isEmpty();
        boolean noTables = report.diagnostics().stream().map(Diagnostic::code).filter("TABLE_MISSING"::equals).count() >= 1
                && report.applications().newReceived().total() == null && report.applications().totalHandled().total() == null
                && report.activeDisclosure().licensing() == null;
        return noTitle && noSections && noTables;
    }
}
