package nianbao.query.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every numeric cell of the three tables of the 2021 format, in the order the report prints them, with Chinese labels. */
public final class CellCatalog {

    private static final Map<String, String> COLUMNS = ordered(
            "naturalPerson", "自然人", "commercial", "商业企业", "research", "科研机构", "socialWelfare", "社会公益组织",
            "legalService", "法律服务机构", "other", "其他", "total", "总计");
    private static final Map<String, String> ROWS = ordered(
            "newReceived", "本年新收", "carriedOver", "上年结转", "granted", "予以公开", "partiallyGranted", "部分公开",
            "denied.stateSecret", "不予公开-国家秘密", "denied.prohibitedByLaw", "不予公开-法律行政法规禁止",
            "denied.endangersSafetyStability", "不予公开-危及三安全一稳定", "denied.thirdPartyRights", "不予公开-保护第三方合法权益",
            "denied.internalAffairs", "不予公开-三类内部事务", "denied.processInformation", "不予公开-四类过程性信息",
            "denied.enforcementFiles", "不予公开-行政执法案卷", "denied.administrativeQuery", "不予公开-行政查询事项",
            "unableToProvide.notHeld", "无法提供-本机关不掌握", "unableToProvide.needsCreation", "无法提供-需另行制作",
            "unableToProvide.unclearAfterCorrection", "无法提供-补正后仍不明确",
            "notProcessed.complaintPetition", "不予处理-信访举报投诉", "notProcessed.duplicate", "不予处理-重复申请",
            "notProcessed.publication", "不予处理-公开出版物", "notProcessed.massRepeated", "不予处理-大量反复申请",
            "notProcessed.confirmation", "不予处理-确认或重新出具", "otherHandling.overdueCorrection", "其他处理-逾期不补正",
            "otherHandling.unpaidFee", "其他处理-逾期未缴费", "otherHandling.other", "其他处理-其他",
            "otherHandling.combined", "其他处理-合并一行", "totalHandled", "总计", "carriedForward", "结转下年度");
    private static final Map<String, String> REVIEW_ROWS = ordered(
            "review", "行政复议", "lawsuitDirect", "行政诉讼-未经复议直接起诉", "lawsuitAfterReview", "行政诉讼-复议后起诉");
    private static final Map<String, String> REVIEW_COLUMNS = ordered(
            "upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果", "pending", "尚未审结", "total", "总计");

    private static final List<TableCell> ALL = build();

    private CellCatalog() {
    }

    /** The 207 cells (200 of the format plus the seven of a single-row （六）其他处理). */
    public static List<TableCell> all() {
        return ALL;
    }

    private static List<TableCell> build() {
        List<TableCell> cells = new ArrayList<>();
        for (String kind : List.of("regulations", "normativeDocuments")) {
            String label = kind.equals("regulations") ? "规章" : "行政规范性文件";
            cells.add(new TableCell("activeDisclosure." + kind + ".issued", "主动公开-" + label + "-本年制发件数"));
            cells.add(new TableCell("activeDisclosure." + kind + ".repealed", "主动公开-" + label + "-本年废止件数"));
            cells.add(new TableCell("activeDisclosure." + kind + ".inForce", "主动公开-" + label + "-现行有效件数"));
        }
        cells.add(new TableCell("activeDisclosure.licensing", "主动公开-行政许可-本年处理决定数量"));
        cells.add(new TableCell("activeDisclosure.punishment", "主动公开-行政处罚-本年处理决定数量"));
        cells.add(new TableCell("activeDisclosure.compulsion", "主动公开-行政强制-本年处理决定数量"));
        cells.add(new TableCell("activeDisclosure.feesTenThousandYuan", "主动公开-行政事业性收费-本年收费金额（万元）"));
        ROWS.forEach((row, rowLabel) -> COLUMNS.forEach((column, columnLabel) ->
                cells.add(new TableCell("applications." + row + "." + column, "申请-" + rowLabel + "-" + columnLabel))));
        REVIEW_ROWS.forEach((row, rowLabel) -> REVIEW_COLUMNS.forEach((column, columnLabel) ->
                cells.add(new TableCell("reviewsAndLawsuits." + row + "." + column, rowLabel + "-" + columnLabel))));
        return List.copyOf(cells);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
