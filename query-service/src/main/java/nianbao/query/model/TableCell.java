package nianbao.query.model;

/** One numeric cell of the three standard tables: its contract path and its Chinese label. */
public record TableCell(String path, String label) {
}
