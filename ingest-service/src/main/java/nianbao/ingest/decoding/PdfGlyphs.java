package nianbao.ingest.decoding;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The glyphs of one PDF page with their positions (PDFBox's text stripper, overlapping duplicates removed). */
final class PdfGlyphs extends PDFTextStripper {

    /** One character at {@code x}..{@code x + width}, baseline {@code y} from the top of the page. */
    record Glyph(String text, float x, float y, float width, float size) {

        float centerX() {
            return x + width / 2;
        }

        float centerY() {
            return y - size / 4;
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PdfGlyphs() {
        setSortByPosition(true);
    }

    static List<Glyph> of(PDDocument document, int pageNumber) throws IOException {
        PdfGlyphs stripper = new PdfGlyphs();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return stripper.glyphs;
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition p : article) {
                if (!p.getUnicode().isEmpty()) {
                    float size = Math.max(p.getFontSizeInPt(), Math.max(p.getHeightDir(), 4f));
                    glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), size));
                }
            }
        }
    }
}
