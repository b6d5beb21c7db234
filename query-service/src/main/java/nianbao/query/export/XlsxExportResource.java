package nianbao.query.export;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nianbao.query.rest.ReportSearchParams;
import nianbao.query.store.ReportSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /reports.xlsx}: the rows and columns of {@code GET /reports.csv} as an Excel workbook. */
@Path("/reports.xlsx")
public class XlsxExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final ReportSearch store;

    public XlsxExportResource(ReportSearch store) {
        this.store = store;
    }

    @GET
    @Produces(XLSX)
    @Operation(summary = "Reports as an Excel workbook with Chinese headers", description = "The filters, sort and columns "
            + "of GET /reports.csv, one sheet 报告 (at most 1,048,575 reports, Excel's row limit). Numbers are numeric "
            + "cells, a blank cell is empty, text is always a string cell (never a formula); like the CSV, text starting "
            + "with = + - @ (also full-width ＝ ＋ － ＠), a tab, CR or LF is prefixed with ' so both exports hold the same values.")
    public Response xlsx(@BeanParam ReportSearchParams params) {
        var query = params.toQuery();
        StreamingOutput body = out -> {
            try (XlsxSheet sheet = new XlsxSheet("报告")) {
                sheet.addRow(ExportRows.header());
                store.forEachMatching(query, d -> sheet.addRow(ExportRows.row(d)));
                sheet.writeTo(out);
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"reports.xlsx\"").build();
    }
}
