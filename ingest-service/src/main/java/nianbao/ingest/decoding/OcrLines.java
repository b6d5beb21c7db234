package nianbao.ingest.decoding;

import nianbao.ingest.decoding.PdfGlyphs.Glyph;
import nianbao.ingest.ocr.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words OCR read outside the tables put back into lines of text: words whose middles stand within half a line's
 * height of each other are one line (Tesseract sometimes lays a line's punctuation out as a line of its own), ordered
 * left to right, a space where the gap is wide (Chinese is read as runs of characters with narrow gaps between them).
 * Each line becomes one glyph, in points, for the page writer.
 */
final class OcrLines {

    private OcrLines() {
    }

    static List<Glyph> glyphs(List<Word> words, double points) {
        if (words.isEmpty()) {
            return List.of();
        }
        double height = words.stream().mapToInt(Word::height).sorted().skip(words.size() / 2).findFirst().orElse(10);
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(OcrLines::middle));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = null;
        double lineMiddle = 0;
        for (Word w : sorted) {
            if (line == null || Math.abs(middle(w) - lineMiddle) > height / 2) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(w);
            lineMiddle = line.stream().mapToDouble(OcrLines::middle).average().orElse(middle(w));
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (List<Word> l : lines) {
            l.sort(Comparator.comparingInt(Word::left));
            StringBuilder text = new StringBuilder();
            Word previous = null;
            int top = Integer.MAX_VALUE;
            int bottom = 0;
            for (Word w : l) {
                if (previous != null) {
                    int gap = w.left() - previous.right();
                    boolean latin = latin(previous.text().charAt(previous.text().length() - 1)) || latin(w.text().charAt(0));
                    if (gap > height * 0.6 || latin && gap > height * 0.2) {
                        text.append(' ');
                    }
                }
                text.append(w.text());
                top = Math.min(top, w.top());
                bottom = Math.max(bottom, w.bottom());
                previous = w;
            }
            Word first = l.get(0);
            Word last = l.get(l.size() - 1);
            glyphs.add(new Glyph(text.toString(), (float) (first.left() * points), (float) (bottom * points),
                    (float) ((last.right() - first.left()) * points), (float) (Math.max(1, bottom - top) * points)));
        }
        return glyphs;
    }

    private static double middle(Word w) {
        return w.top() + w.height() / 2.0;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
