package nianbao.parser.parsing;

import nianbao.parser.model.ActiveDisclosure;
import nianbao.parser.model.ApplicationRow;
import nianbao.parser.model.Applications;
import nianbao.parser.model.ReviewsAndLawsuits;

/** Turns the cells read for each table into the contract's records; a cell not read stays null. */
final class TableAssembler {

    private TableAssembler() {
    }

    static ActiveDisclosure activeDisclosure(CellGrid g) {
        return new ActiveDisclosure(documents(g, "regulations"), documents(g, "normativeDocuments"), g.get("licensing", ""),
                g.get("punishment", ""), g.get("compulsion", ""), g.get("feesTenThousandYuan", ""));
    }

    private static ActiveDisclosure.DocumentCounts documents(CellGrid g, String row) {
        return new ActiveDisclosure.DocumentCounts(g.get(row, "issued"), g.get(row, "repealed"), g.get(row, "inForce"));
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
        return new ApplicationRow(g.get(path, "naturalPerson"), g.get(path, "commercial"), g.get(path, "research"),
                g.get(path, "socialWelfare"), g.get(path, "legalService"), g.get(path, "other"), g.get(path, "total"));
    }

    static ReviewsAndLawsuits reviews(CellGrid g) {
        return new ReviewsAndLawsuits(outcomes(g, "review"), outcomes(g, "lawsuitDirect"), outcomes(g, "lawsuitAfterReview"));
    }

    private static ReviewsAndLawsuits.Outcomes outcomes(CellGrid g, String group) {
        return new ReviewsAndLawsuits.Outcomes(g.get(group, "upheld"), g.get(group, "corrected"), g.get(group, "other"),
                g.get(group, "pending"), g.get(group, "total"));
    }
}
