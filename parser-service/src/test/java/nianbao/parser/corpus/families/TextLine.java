package nianbao.parser.corpus.families;

/** One line of space-aligned text being built: pieces put at columns, never closer than a minimum gap. */
final class TextLine {

    private final StringBuilder text = new StringBuilder();

    /** Puts {@code piece} at {@code column}, or further right so that at least {@code gap} spaces precede it. */
    TextLine put(int column, String piece, int gap) {
        if (piece == null || piece.isEmpty()) {
            return this;
        }
        int at = text.length() == 0 ? column : Math.max(column, text.length() + gap);
        text.append(" ".repeat(Math.max(0, at - text.length()))).append(piece);
        return this;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString().stripTrailing();
    }
}
