package nianbao.ingest.bench;

import nianbao.ingest.ocr.Images;
import nianbao.ingest.ocr.ScannerNoise;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * What a scanner does to printed pages: turns them a little, adds noise, and files them as an image-only PDF, a TIFF or
 * the pictures of a web page.
 */
final class Scans {

    private Scans() {
    }

    /** The page turned by 1–3° one way or the other, drawn from {@code random}. */
    static BufferedImage turned(BufferedImage page, Random random) {
        double degrees = (1 + 2 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        return Images.rotate(page, degrees);
    }

    /** The page with grey noise (σ 24) and dark specks (one pixel in 400), as a cheap scanner or a fax makes them. */
    static BufferedImage noisy(BufferedImage page, Random random) {
        return ScannerNoise.add(page, random);
    }

    /** An image-only PDF: each page an A4 page holding its image (lossless), as a scanner files it. */
    static byte[] pdf(List<BufferedImage> pages, double dpi) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDRectangle box = new PDRectangle((float) (image.getWidth() * 72 / dpi), (float) (image.getHeight() * 72 / dpi));
                PDPage page = new PDPage(box);
                document.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(document, Images.gray(image));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A multi-page TIFF (Deflate), without a resolution tag. */
    static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(Images.gray(page), null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A government CMS web page that shows the report as pictures: the pages as PNG (or JPEG) pictures inside the page
     * ({@code data:} addresses), one under another in the content element, no text of the report on the page itself.
     */
    static byte[] webPage(List<BufferedImage> pages, String format) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                + "<title>政府信息公开工作年度报告</title><style>.content img{max-width:100%}</style></head><body>"
                + "<div class=\"nav\">首页 &gt; 政府信息公开 &gt; 年度报告</div><ucapcontent><div class=\"content\">");
        for (BufferedImage page : pages) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(Images.gray(page), format, bytes);
            html.append("<p style=\"text-align:center\"><img src=\"data:image/").append(format).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(bytes.toByteArray())).append("\" /></p>\n");
        }
        html.append("</div></ucapcontent><div class=\"footer\">主办单位：某某人民政府办公室</div></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
