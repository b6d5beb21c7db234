package nianbao.query.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import nianbao.query.model.CellCatalog;
import nianbao.query.model.CellValues;
import nianbao.query.model.CsvCells;
import nianbao.query.model.TableCell;
import nianbao.query.store.ReportStore;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /reports.csv}: one row per report matching the filters of {@code GET /reports}, one column per table cell. */
@Path("/reports.csv")
public class ExportResource {

    static final List<String> HEADERS = List.of("报告编号", "文件名", "发布机关", "年度", "省", "市", "县", "模板", "状态",
            "错误数", "警告数", "当前版本");
    private final ReportStore store;

    public ExportResource(ReportStore store) {
        this.store = store;
    }

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Reports as CSV with Chinese headers", description = "The filters and sort of GET /reports; page "
            + "and size are ignored (every match). UTF-8 with a byte-order mark for spreadsheets; a blank cell is empty; "
            + "text starting with = + - @ is prefixed with ' so a spreadsheet does not run it.")
    public Response csv(@BeanParam ReportSearchParams params) {
        var query = params.toQuery();
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            List<Object> header = new ArrayList<>(HEADERS);
            CellCatalog.all().forEach(c -> header.add(c.label()));
            writer.write(CsvCells.line(header));
            store.forEachMatching(query, d -> {
                ReportSummary s = ReportSummary.of(d);
                List<Object> row = new ArrayList<>(List.of(s.reportId(), nz(s.fileName()), nz(s.agency())));
                row.add(s.year());
                row.add(s.province());
                row.add(s.city());
                row.add(s.county());
                row.add(s.template());
                row.add(s.status());
                row.add(s.errors());
                row.add(s.warnings());
                row.add(s.current());
                @SuppressWarnings("unchecked")
                var report = (java.util.Map<String, Object>) d.get("report");
                for (TableCell cell : CellCatalog.all()) {
                    row.add(report == null ? null : CellValues.get(report, cell.path()));
                }
                try {
                    writer.write(CsvCells.line(row));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"reports.csv\"").build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
