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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /reports.csv}: one row per report matching the filters of {@code GET /reports}, one column per table cell. */
@Path("/reports.csv")
public class CsvExportResource {

    private final ReportSearch store;

    public CsvExportResource(ReportSearch store) {
        this.store = store;
    }

    @GET
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Reports as CSV with Chinese headers", description = "The filters and sort of GET /reports; page "
            + "and size are ignored (every match). UTF-8 with a byte-order mark for spreadsheets; a blank cell is empty; "
            + "text starting with = + - @ (also full-width ＝ ＋ － ＠), a tab, CR or LF is prefixed with ' so a spreadsheet does not run it.")
    public Response csv(@BeanParam ReportSearchParams params) {
        var query = params.toQuery();
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write(CsvCells.line(ExportRows.header()));
            store.forEachMatching(query, d -> {
                try {
                    writer.write(CsvCells.line(ExportRows.row(d)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"reports.csv\"").build();
    }
}
