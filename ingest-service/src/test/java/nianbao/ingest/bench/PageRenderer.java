package nianbao.ingest.bench;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a report's web page onto A4 page images, as a printer and a scanner would make them: its paragraphs wrapped
 * to the page width, its tables ruled, every cell with its text (wrapped, centred), merged cells spanning their rows and
 * columns, rows moved to the next page when they do not fit. Chinese in a CJK font installed on the machine (WenQuanYi
 * Zen Hei or Noto CJK: the Debian packages fonts-wqy-zenhei / fonts-noto-cjk), digits in the serif font.
 */
final class PageRenderer {

    private static final double PAGE_WIDTH = 8.27;
    private static final double PAGE_HEIGHT = 11.69;
    private static final double MARGIN = 0.9;
    private static final double BODY_POINTS = 12;
    private static final double TABLE_POINTS = 9;

    private final double dpi;
    private final Font body;
    private final Font table;
    private final List<BufferedImage> pages = new ArrayList<>();
    private Graphics2D g;
    private int y;

    private PageRenderer(double dpi) {
        this.dpi = dpi;
        String family = cjkFamily();
        this.body = new Font(family, Font.PLAIN, (int) Math.round(BODY_POINTS * dpi / 72));
        this.table = new Font(family, Font.PLAIN, (int) Math.round(TABLE_POINTS * dpi / 72));
    }

    /** The page images of the web page at {@code dpi}, grey. */
    static List<BufferedImage> render(String html, double dpi) {
        PageRenderer renderer = new PageRenderer(dpi);
        renderer.newPage();
        Document document = Jsoup.parse(html);
        for (Element e : document.body().select("p, table")) {
            if (e.tagName().equals("p") && e.closest("table") == null) {
                renderer.paragraph(e.text());
            } else if (e.tagName().equals("table") && e.parents().stream().noneMatch(a -> a.tagName().equals("table"))) {
                renderer.table(e);
            }
        }
        renderer.g.dispose();
        return renderer.pages;
    }

    /**
     * Java's logical serif font: Latin letters and digits from the system's serif font (DejaVu Serif), Chinese from the
     * CJK font fontconfig falls back to, as a Word document mixes Times New Roman and 宋体.
     */
    static String cjkFamily() {
        boolean cjk = java.util.Arrays.stream(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .anyMatch(name -> name.startsWith("WenQuanYi") || name.startsWith("Noto Sans CJK") || name.startsWith("Noto Serif CJK"));
        if (!cjk || !new Font(Font.SERIF, Font.PLAIN, 12).canDisplay('中')) {
            throw new IllegalStateException("no CJK font: install fonts-wqy-zenhei or fonts-noto-cjk");
        }
        return Font.SERIF;
    }

    private int px(double inches) {
        return (int) Math.round(inches * dpi);
    }

    private void newPage() {
        Font font = g == null ? body : g.getFont();
        if (g != null) {
            g.dispose();
        }
        BufferedImage page = new BufferedImage(px(PAGE_WIDTH), px(PAGE_HEIGHT), BufferedImage.TYPE_BYTE_GRAY);
        g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        pages.add(page);
        y = px(MARGIN);
    }

    private int bottom() {
        return px(PAGE_HEIGHT - MARGIN);
    }

    private void paragraph(String text) {
        g.setFont(body);
        FontMetrics m = g.getFontMetrics();
        int lineHeight = (int) (m.getHeight() * 1.35);
        for (String line : wrap(text, m, px(PAGE_WIDTH - 2 * MARGIN))) {
            if (y + lineHeight > bottom()) {
                newPage();
            }
            g.drawString(line, px(MARGIN), y + m.getAscent());
            y += lineHeight;
        }
        y += lineHeight / 4;
    }

    private static List<String> wrap(String text, FontMetrics m, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (m.stringWidth(line.toString() + c) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One cell of the table's grid: its text and the slots it covers. */
    private record Slot(String text, int row, int column, int rows, int columns) {
    }

    private void table(Element html) {
        List<Slot> slots = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int columns = 0;
        int r = 0;
        for (Element tr : html.select("tr")) {
            if (tr.closest("table") != html) {
                continue;
            }
            int c = 0;
            for (Element td : tr.select("> td, > th")) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int rows = Math.max(1, span(td, "rowspan"));
                int cols = Math.max(1, span(td, "colspan"));
                slots.add(new Slot(td.text().replace('\u00a0', ' ').strip(), r, c, rows, cols));
                for (int dr = 0; dr < rows; dr++) {
                    for (int dc = 0; dc < cols; dc++) {
                        take(taken, r + dr, c + dc);
                    }
                }
                c += cols;
                columns = Math.max(columns, c);
            }
            r++;
        }
        int rows = r;
        // a row with fewer cells than the table: its last cell spans the rest, as a merged Word cell does
        for (int row = 0; row < rows; row++) {
            int used = 0;
            Slot last = null;
            for (Slot s : slots) {
                if (s.row() <= row && row < s.row() + s.rows()) {
                    used = Math.max(used, s.column() + s.columns());
                    if (s.row() == row && (last == null || s.column() > last.column())) {
                        last = s;
                    }
                }
            }
            if (used < columns && last != null && last.column() + last.columns() == used) {
                slots.set(slots.indexOf(last), new Slot(last.text(), last.row(), last.column(), last.rows(), columns - last.column()));
            }
        }
        g.setFont(table);
        FontMetrics m = g.getFontMetrics();
        int[] widths = columnWidths(slots, columns, m);
        int[] heights = new int[rows];
        int pad = px(0.05);
        int lineHeight = (int) (m.getHeight() * 1.15);
        for (int row = 0; row < rows; row++) {
            heights[row] = lineHeight + 2 * pad;
        }
        for (Slot s : slots) {
            int need = wrap(s.text(), m, width(widths, s) - 2 * pad).size() * lineHeight + 2 * pad;
            int have = 0;
            for (int k = s.row(); k < s.row() + s.rows(); k++) {
                have += heights[k];
            }
            if (need > have) {
                heights[s.row() + s.rows() - 1] += need - have;
            }
        }
        int left = px(MARGIN);
        y += lineHeight / 3;
        int from = 0;
        while (from < rows) {
            int to = from;
            int height = 0;
            while (to < rows && y + height + heights[to] <= bottom()) {
                height += heights[to];
                to++;
            }
            if (to == from) {
                if (y > px(MARGIN) + 1) {
                    newPage();
                    continue;
                }
                to = from + 1;
                height = heights[from];
            }
            drawRows(slots, widths, heights, from, to, left, m, pad, lineHeight);
            y += height;
            from = to;
            if (from < rows) {
                newPage();
            }
        }
        y += lineHeight / 2;
    }

    /** Draws rows [from, to) at the current y: the borders of every slot that covers them, its text where it starts. */
    private void drawRows(List<Slot> slots, int[] widths, int[] heights, int from, int to, int left, FontMetrics m, int pad,
                          int lineHeight) {
        g.setFont(table);
        g.setStroke(new BasicStroke(Math.max(1f, (float) (dpi / 150))));
        for (Slot s : slots) {
            int first = Math.max(from, s.row());
            int last = Math.min(to, s.row() + s.rows());
            if (first >= last) {
                continue;
            }
            int x = left;
            for (int c = 0; c < s.column(); c++) {
                x += widths[c];
            }
            int top = y;
            for (int k = from; k < first; k++) {
                top += heights[k];
            }
            int h = 0;
            for (int k = first; k < last; k++) {
                h += heights[k];
            }
            int w = width(widths, s);
            g.drawRect(x, top, w, h);
            if (first == s.row()) {
                List<String> lines = wrap(s.text(), m, w - 2 * pad);
                int textTop = top + (h - lines.size() * lineHeight) / 2;
                for (String line : lines) {
                    g.drawString(line, x + (w - m.stringWidth(line)) / 2, textTop + m.getAscent());
                    textTop += lineHeight;
                }
            }
        }
    }

    /**
     * Column widths: each column as wide as its widest one-column cell wants (labels at most 1.6 in); when the table is
     * wider than the page, every column is narrowed towards what its numbers need (a number is never wrapped).
     */
    private int[] columnWidths(List<Slot> slots, int columns, FontMetrics m) {
        double[] want = new double[columns];
        double[] need = new double[columns];
        for (int c = 0; c < columns; c++) {
            want[c] = px(0.35);
            need[c] = px(0.3);
        }
        for (Slot s : slots) {
            if (s.columns() == 1) {
                double text = m.stringWidth(s.text()) + px(0.12);
                want[s.column()] = Math.max(want[s.column()], Math.min(px(1.6), text));
                if (s.text().matches("[0-9.,]+")) {
                    need[s.column()] = Math.max(need[s.column()], text);
                }
            }
        }
        double wantTotal = 0;
        double needTotal = 0;
        for (int c = 0; c < columns; c++) {
            want[c] = Math.max(want[c], need[c]);
            wantTotal += want[c];
            needTotal += need[c];
        }
        double room = px(PAGE_WIDTH - 2 * MARGIN);
        double factor = wantTotal <= room ? 1.0 : Math.max(0, (room - needTotal) / Math.max(1, wantTotal - needTotal));
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = (int) Math.floor(need[c] + (want[c] - need[c]) * factor);
        }
        return widths;
    }

    private static int width(int[] widths, Slot s) {
        int w = 0;
        for (int c = s.column(); c < s.column() + s.columns(); c++) {
            w += widths[c];
        }
        return w;
    }

    private static int span(Element td, String attribute) {
        try {
            return td.hasAttr(attribute) ? Integer.parseInt(td.attr(attribute).strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
        }
        if (taken.get(r).length <= c) {
            taken.set(r, java.util.Arrays.copyOf(taken.get(r), c + 8));
        }
        taken.get(r)[c] = true;
    }
}
