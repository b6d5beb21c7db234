package nianbao.parser.parsing;

import nianbao.parser.model.ActiveDisclosure;
import nianbao.parser.model.ApplicationRow;
import nianbao.parser.model.Applications;
import nianbao.parser.model.ReviewsAndLawsuits;

import java.math.BigDecimal;
import java.util.Map;

/** Turns the cells read for each table into the contract's records (each row looked up once); a cell not read stays null. */
final class TableAssembler {

    private TableAssembler() {
    }

    static ActiveDisclosure activeDisclosure(CellGrid g) {
        return new ActiveDisclosure(documents(g, "regulations"), documents(g, "normativeDocuments"), g.get("licensing", ""),
                g.get("punishment", ""), g.get("compulsion", ""), g.get("feesTenThousandYuan", ""));
    }

    private static ActiveDisclosure.DocumentCounts documents(CellGrid g, String row) {
        Map<String, BigDecimal> cells = g.row(row);
        return new ActiveDisclosure.DocumentCounts(cells.get("issued"), cells.get("repealed"), cells.get("inForce"));
    }

    static Applications applications(CellGrid g, boolean combinedOtherHandling) {
        return new Applications(row(g, "newReceived"), row(g, "carriedOver"), row(g, "granted"), row(g, "partiallyGranted"),
                new Applications.Denied(row(g, "denied.stateSecret"), row(g, "denied.prohibitedByLaw"),
                        row(g, "denied.endangersSafetyStability"), row(g, "denied.thirdPartyRights"),
                        row(g, "denied.internalAffairs"), row(g, "denied.processInformation"),
                        row(g, "denied.enforcementFiles"), row(g, "denied.administrativeQuery")),
                new Applications.UnableToProvide(row(g, "unableToProvide.notHeld"), row(g, "unableToProvide.needsCreation"),
                        row(g, "unableToProvide.unclearAfterCorrection")),
                new Applications.NotProcessed(row(g, "notProcessed.complaintPetition"), row(g, "notProcessed.duplicate"),
                        row(g, "notProcessed.publication"), row(g, "notProcessed.massRepeated"),
                        row(g, "notProcessed.confirmation")),
                new Applications.OtherHandling(row(g, "otherHandling.overdueCorrection"), row(g, "otherHandling.unpaidFee"),
                        row(g, "otherHandling.other"), combinedOtherHandling ? row(g, "otherHandling.combined") : null),
                row(g, "totalHandled"), row(g, "carriedForward"));
    }

    private static ApplicationRow row(CellGrid g, String path) {
        Map<String, BigDecimal> cells = g.row(path);
        return new ApplicationRow(cells.get("naturalPerson"), cells.get("commercial"), cells.get("research"),
                cells.get("socialWelfare"), cells.get("legalService"), cells.get("other"), cells.get("total"));
    }

    static ReviewsAndLawsuits reviews(CellGrid g) {
        return new ReviewsAndLawsuits(outcomes(g, "review"), outcomes(g, "lawsuitDirect"), outcomes(g, "lawsuitAfterReview"));
    }

    private static ReviewsAndLawsuits.Outcomes outcomes(CellGrid g, String group) {
        Map<String, BigDecimal> cells = g.row(group);
        return new ReviewsAndLawsuits.Outcomes(cells.get("upheld"), cells.get("corrected"), cells.get("other"),
                cells.get("pending"), cells.get("total"));
    }
}
