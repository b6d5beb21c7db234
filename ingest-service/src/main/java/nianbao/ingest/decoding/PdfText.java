package nianbao.ingest.decoding;

import nianbao.ingest.decoding.PdfGlyphs.Glyph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts PDF glyphs back into lines of text: grouped by baseline, ordered left to right, spaces where gaps are. */
final class PdfText {

    private PdfText() {
    }

    /** The glyphs grouped into lines, top to bottom. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = null;
        float baseline = 0;
        for (Glyph g : sorted) {
            if (line == null || Math.abs(g.y() - baseline) > g.size() / 2) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = g.y();
            }
            line.add(g);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** One line's text. */
    static String line(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : line) {
            boolean gap = previous != null && g.x() - (previous.x() + previous.width()) > g.size() * 0.25f;
            if ((gap || g.blank()) && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            if (!g.blank()) {
                text.append(g.text());
            }
            previous = g;
        }
        return text.toString().strip();
    }

    /** The text of a cell: its lines joined, with a space only between two latin letters or digits. */
    static String of(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        List<Glyph> previousLine = List.of();
        for (List<Glyph> line : lines(glyphs)) {
            String next = line(line);
            if (next.isEmpty()) {
                continue;
            }
            boolean wrappedAtSpace = !line.isEmpty() && text.length() > 0 && endsWithBlank(previousLine);
            if (!text.isEmpty() && (wrappedAtSpace || isLatin(text.charAt(text.length() - 1)) && isLatin(next.charAt(0)))) {
                text.append(' ');
            }
            text.append(next);
            previousLine = line;
        }
        return text.toString();
    }

    /** True when the last glyph of a line reaches to within two glyphs of {@code right}: the line was wrapped. */
    static boolean reaches(List<Glyph> glyphs, float right) {
        List<List<Glyph>> lines = lines(glyphs);
        if (lines.isEmpty()) {
            return false;
        }
        List<Glyph> last = lines.get(lines.size() - 1);
        Glyph end = last.get(last.size() - 1);
        return end.x() + end.width() >= right - 2 * end.size();
    }

    private static boolean endsWithBlank(List<Glyph> line) {
        return !line.isEmpty() && line.get(line.size() - 1).blank();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
