package nianbao.ingest.decoding;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the horizontal and vertical lines a PDF page draws (stroked lines and thin filled rectangles): the
 * borders of its tables. Coordinates are measured from the top of the page, as text positions are. The lines found
 * and the path segments drawn are counted against the budget ({@link ReadLimits#pageLines()}).
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A horizontal ({@code horizontal}) line at {@code at} from {@code from} to {@code to}, or a vertical one. */
    record Ruling(boolean horizontal, float at, float from, float to) {
    }

    private static final float THIN = 3f;

    private final float top;
    private final int maxLines;
    private final long maxSegments;
    private long segments;
    private final List<float[]> path = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private final Point2D.Float start = new Point2D.Float();

    private PdfRulings(PDPage page, ReadLimits limits) {
        super(page);
        this.top = page.getCropBox().getUpperRightY();
        this.maxLines = limits.pageLines();
        this.maxSegments = 20L * limits.pageLines();
    }

    static List<Ruling> of(PDPage page, ReadLimits limits) throws IOException {
        PdfRulings engine = new PdfRulings(page, limits);
        engine.processPage(page);
        return engine.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        addToPath(new float[] {minX, minY, maxX, maxY, 1});
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        start.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        segment(new Point2D.Float(current.x, current.y), new Point2D.Float(x, y));
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        lineTo(start.x, start.y);
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (float[] p : path) {
            if (p[4] == 0) {
                add(p[0], p[1], p[2], p[3]);
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] p : path) {
            if (p[4] == 1 && (p[2] - p[0] <= THIN || p[3] - p[1] <= THIN)) {
                boolean horizontal = p[2] - p[0] >= p[3] - p[1];
                float middle = horizontal ? (p[1] + p[3]) / 2 : (p[0] + p[2]) / 2;
                add(horizontal ? p[0] : middle, horizontal ? middle : p[1], horizontal ? p[2] : middle, horizontal ? middle : p[3]);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void segment(Point2D a, Point2D b) {
        addToPath(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY(), 0});
    }

    private void addToPath(float[] segment) {
        if (++segments > maxSegments) {
            throw ReadLimits.overAtLeast("path segments drawn on one PDF page", maxSegments);
        }
        path.add(segment);
    }

    private void add(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x1 - x2) > THIN) {
            rulings.add(new Ruling(true, top - y1, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y1 - y2) > THIN) {
            rulings.add(new Ruling(false, x1, top - Math.max(y1, y2), top - Math.min(y1, y2)));
        }
        if (rulings.size() > maxLines) {
            throw ReadLimits.overAtLeast("lines drawn on one PDF page", maxLines);
        }
    }
}
