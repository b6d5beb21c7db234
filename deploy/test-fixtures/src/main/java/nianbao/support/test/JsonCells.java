package nianbao.support.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeMap;

/** Flattens a table's JSON into path → value text, so reports compare cell by cell with readable failures. */
public final class JsonCells {

    private JsonCells() {
    }

    public static Map<String, String> flatten(String prefix, JsonNode node) {
        Map<String, String> cells = new TreeMap<>();
        flatten(prefix, node, cells);
        return cells;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> cells) {
        if (node == null || node.isNull()) {
            cells.put(path, "null");
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(path + "." + f.getKey(), f.getValue(), cells));
        } else if (node.isNumber()) {
            cells.put(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            cells.put(path, node.asText());
        }
    }
}
