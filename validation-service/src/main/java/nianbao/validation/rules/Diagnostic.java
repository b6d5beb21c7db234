package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;

import java.util.ArrayList;
import java.util.List;

/**
 * One parser diagnostic of a report ({@code diagnostics[]}): its code, the table and cell (contract path inside the
 * table: a cell, a row, a column, or null for the whole table) it concerns, and what the parser saw.
 */
public record Diagnostic(DiagnosticCode code, String table, String cell, String message, String raw) {

    /** The longest text of a diagnostic repeated in a finding. */
    private static final int SHOWN = 80;

    /** The report's diagnostics of known codes; a code this service does not know is logged and ignored. */
    public static List<Diagnostic> of(JsonNode report) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode d : report.path("diagnostics")) {
            String name = d.path("code").asText("");
            DiagnosticCode.named(name).ifPresentOrElse(
                    code -> diagnostics.add(new Diagnostic(code, text(d, "table"), text(d, "cell"), text(d, "message"), text(d, "raw"))),
                    () -> Log.warnf("diagnostic code %s is not in docs/diagnostics.md: ignored", shown(name)));
        }
        return diagnostics;
    }

    /** The contract path it names: {@code table.cell}, or the table alone. */
    public String path() {
        return cell == null ? String.valueOf(table) : table + "." + cell;
    }

    /** What the parser saw, cut short for a finding. */
    public String seen() {
        return raw == null || raw.isBlank() ? code.name() : code.name() + ": " + shown(raw);
    }

    private static String text(JsonNode d, String field) {
        JsonNode value = d.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String shown(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", " ");
        return visible.length() <= SHOWN ? visible : visible.substring(0, SHOWN) + "…";
    }
}
