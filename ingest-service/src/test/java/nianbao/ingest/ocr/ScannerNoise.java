package nianbao.ingest.ocr;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * What a cheap scanner or a fax does to a printed page, for tests and the OCR bench: grey noise (σ 24) and a dark speck
 * in one pixel of 400, drawn from {@code random}.
 */
public final class ScannerNoise {

    private ScannerNoise() {
    }

    /** The page in grey with the noise added. */
    public static BufferedImage add(BufferedImage page, Random random) {
        BufferedImage gray = Images.gray(page);
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var in = gray.getRaster();
        var raster = out.getRaster();
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                int v = in.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 24);
                if (random.nextInt(400) == 0) {
                    v = random.nextInt(90);
                }
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }
}
