package nianbao.query.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of the report contract (docs/report-contract.md) as typed records, so OpenAPI describes every field and a
 * client can be generated. A cell is a number, or null (blank, absent or unread: {@link Reading} says which).
 */
public final class ReportContract {

    private ReportContract() {
    }

    /** 二、主动公开政府信息情况: 10 cells. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActiveDisclosure(Documents regulations, Documents normativeDocuments, BigDecimal licensing,
                                   BigDecimal punishment, BigDecimal compulsion,
                                   @Schema(description = "行政事业性收费 本年收费金额（万元）, decimals allowed") BigDecimal feesTenThousandYuan) {
    }

    /** 规章 or 行政规范性文件: 本年制发件数 / 本年废止件数 / 现行有效件数. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Documents(BigDecimal issued, BigDecimal repealed, BigDecimal inForce) {
    }

    /** 三、收到和处理政府信息公开申请情况: 25 rows of 7 columns (plus {@code otherHandling.combined} for a single （六） row). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applications(Row newReceived, Row carriedOver, Row granted, Row partiallyGranted, Denied denied,
                               UnableToProvide unableToProvide, NotProcessed notProcessed, OtherHandling otherHandling,
                               Row totalHandled, Row carriedForward) {
    }

    /** One row of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(BigDecimal naturalPerson, BigDecimal commercial, BigDecimal research, BigDecimal socialWelfare,
                      BigDecimal legalService, BigDecimal other, BigDecimal total) {
    }

    /** （三）不予公开, its eight reasons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Denied(Row stateSecret, Row prohibitedByLaw, Row endangersSafetyStability, Row thirdPartyRights,
                         Row internalAffairs, Row processInformation, Row enforcementFiles, Row administrativeQuery) {
    }

    /** （四）无法提供. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnableToProvide(Row notHeld, Row needsCreation, Row unclearAfterCorrection) {
    }

    /** （五）不予处理. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotProcessed(Row complaintPetition, Row duplicate, Row publication, Row massRepeated, Row confirmation) {
    }

    /** （六）其他处理: three sub-rows, or {@code combined} when the report prints one row. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OtherHandling(Row overdueCorrection, Row unpaidFee, Row other, Row combined) {
    }

    /** 四、政府信息公开行政复议、行政诉讼情况: 15 cells. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewsAndLawsuits(Outcomes review, Outcomes lawsuitDirect, Outcomes lawsuitAfterReview) {
    }

    /** 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcomes(BigDecimal upheld, BigDecimal corrected, BigDecimal other, BigDecimal pending, BigDecimal total) {
    }

    /** The report's region. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String province, String city, String county, String code) {
    }

    /** One of the sections 一 … 六, its text kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(Integer number, String title, String text) {
    }

    /** A figure the narrative states (e.g. applications received), for cross-checks with the tables. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NarrativeFact(String kind, BigDecimal value, Integer section, String sentence) {
    }

    /** The statistical period as printed, ISO dates. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String from, String to) {
    }

    /** When the report was published, and the evidence ({@code basis}: html-meta, published-line, signature-date, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publication(String date, String basis) {
    }

    /** The file the report came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String fileName, String mediaType, Long sizeBytes, String sha256, String receivedAt,
                        String sourceUrl, DocumentDates documentDates, Ocr ocr) {
    }

    /** The dates the file itself carries (PDF and Word), ISO instants. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentDates(String created, String modified) {
    }

    /** How a scan was read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ocr(Integer pages, BigDecimal meanConfidence, BigDecimal seconds, String engine) {
    }

    /** What was read: cells expected and read, and which null cells are unread, blank or absent (contract paths). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reading(Integer cellsExpected, Integer cellsRead, List<String> unread, List<String> blank, List<String> absent) {
    }

    /** A parser diagnostic (docs/diagnostics.md). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Diagnostic(String code, String table, String cell, String message, Integer line, String raw) {
    }
}
