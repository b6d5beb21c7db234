package nianbao.parser.parsing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Flattens a table's JSON into path → value text, so reports compare cell by cell with readable failures. */
final class JsonCells {

    private JsonCells() {
    }

    static Map<String, String> flatten(String prefix, JsonNode node) {
        Map<String, String> cells = new TreeMap<>();
        flatten(prefix, node, cells);
        return cells;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> cells) {
        if (node == null || node.isNull()) {
            cells.put(path, "null");
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path + "." + field.getKey(), field.getValue(), cells);
            }
        } else if (node.isNumber()) {
            cells.put(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            cells.put(path, node.asText());
        }
    }
}
