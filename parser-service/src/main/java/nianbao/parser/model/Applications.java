package nianbao.parser.model;

/** Table 三: 收到和处理政府信息公开申请情况, 25 rows in the 2021 format (contract field {@code applications}). */
public record Applications(ApplicationRow newReceived, ApplicationRow carriedOver, ApplicationRow granted,
                           ApplicationRow partiallyGranted, Denied denied, UnableToProvide unableToProvide,
                           NotProcessed notProcessed, OtherHandling otherHandling, ApplicationRow totalHandled,
                           ApplicationRow carriedForward) {

    /** （三）不予公开, eight reasons. */
    public record Denied(ApplicationRow stateSecret, ApplicationRow prohibitedByLaw,
                         ApplicationRow endangersSafetyStability, ApplicationRow thirdPartyRights,
                         ApplicationRow internalAffairs, ApplicationRow processInformation,
                         ApplicationRow enforcementFiles, ApplicationRow administrativeQuery) {
    }

    /** （四）无法提供, three reasons. */
    public record UnableToProvide(ApplicationRow notHeld, ApplicationRow needsCreation,
                                  ApplicationRow unclearAfterCorrection) {
    }

    /** （五）不予处理, five reasons. */
    public record NotProcessed(ApplicationRow complaintPetition, ApplicationRow duplicate, ApplicationRow publication,
                               ApplicationRow massRepeated, ApplicationRow confirmation) {
    }

    /** （六）其他处理: three sub-rows, or {@code combined} where the report prints one row (2019 format). */
    public record OtherHandling(ApplicationRow overdueCorrection, ApplicationRow unpaidFee, ApplicationRow other,
                                ApplicationRow combined) {
    }
}
