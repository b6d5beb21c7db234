package nianbao.query.export;

import nianbao.query.model.CellCatalog;
import nianbao.query.model.CellValues;
import nianbao.query.model.TableCell;
import nianbao.query.rest.ReportSummary;
import nianbao.query.store.ReportDocument;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The columns both exports share: Chinese headers, then one row per report with its summary and every table cell. */
final class ExportRows {

    static final List<String> SUMMARY_HEADERS = List.of("报告编号", "文件名", "发布机关", "年度", "省", "市", "县", "模板", "状态",
            "错误数", "警告数", "当前版本", "已读单元格数", "应读单元格数", "未能核对的勾稽关系数");
    private static final List<Object> HEADERS = headers();

    private ExportRows() {
    }

    /**
     * The 15 summary headers (the status may be INCOMPLETE; the last three are the validation's coverage: cells read of
     * cells expected, identities not checked, blank for a validation without coverage) followed by the label of each
     * of the 207 table cells.
     */
    static List<Object> header() {
        return HEADERS;
    }

    /** One report as values in header order: text, numbers, a boolean, or null for a blank. */
    static List<Object> row(Document d) {
        ReportSummary s = ReportSummary.of(d);
        List<Object> row = new ArrayList<>(HEADERS.size());
        row.add(s.reportId());
        row.add(s.fileName());
        row.add(s.agency());
        row.add(s.year());
        row.add(s.province());
        row.add(s.city());
        row.add(s.county());
        row.add(s.template());
        row.add(s.status());
        row.add(s.errors());
        row.add(s.warnings());
        row.add(s.current());
        row.add(s.cellsRead());
        row.add(s.cellsExpected());
        row.add(s.identitiesUnchecked());
        Map<String, Object> report = ReportDocument.of(d).contract();
        for (TableCell cell : CellCatalog.all()) {
            row.add(report == null ? null : CellValues.get(report, cell.path()));
        }
        return row;
    }

    private static List<Object> headers() {
        List<Object> header = new ArrayList<>(SUMMARY_HEADERS);
        CellCatalog.all().forEach(c -> header.add(c.label()));
        return List.copyOf(header);
    }
}
