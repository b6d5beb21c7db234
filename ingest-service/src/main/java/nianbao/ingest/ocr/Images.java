package nianbao.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Grey page images: converting any image to 8-bit grey on white, scaling and rotating it. */
public final class Images {

    private Images() {
    }

    /** The image as 8-bit grey, transparent parts white; the image itself when it is grey already. */
    public static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    /** The grey image scaled by {@code factor} (bilinear). */
    public static BufferedImage scale(BufferedImage gray, double factor) {
        int width = Math.max(1, (int) Math.round(gray.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(gray.getHeight() * factor));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    /** The grey image turned by {@code degrees} (clockwise) about its centre, on white, the same size. */
    public static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage turned = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, AffineTransform.getRotateInstance(Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0), null);
        g.dispose();
        return turned;
    }
}
