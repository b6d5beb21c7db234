package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the parser's diagnostics of given codes, for the rules that judge the report's structure. */
final class DiagnosticFindings {

    private DiagnosticFindings() {
    }

    static List<JsonNode> withCodes(ReportUnderCheck report, Set<String> codes) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode diagnostic : report.json().path("diagnostics")) {
            if (codes.contains(diagnostic.path("code").asText())) {
                matching.add(diagnostic);
            }
        }
        return matching;
    }

    static String path(JsonNode diagnostic) {
        String table = diagnostic.path("table").asText("");
        String cell = diagnostic.path("cell").asText(null);
        return cell == null ? table : table + "." + cell;
    }
}
