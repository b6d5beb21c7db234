package nianbao.ingest.decoding;

import nianbao.ingest.ocr.OcrFailure;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pictures a web page carries inside itself by OCR and puts what they show in their place: a CMS page whose
 * tables are page images becomes a page with those tables, read as {@link ImageScan} reads an image file (each picture
 * by {@link ScanPage}, the whole page on the OCR executor), uncertain cells marked with the picture's number
 * ({@code data-ocr-box="image 2, x=… y=… w=… h=…"}).
 * <ul>
 * <li>Only pictures inside the page are read: {@code <img src="data:image/png;base64,…">} (PNG, JPEG, TIFF). A picture
 * the page links to by address is left as it is: ingest fetches nothing from the network.</li>
 * <li>Pictures smaller than {@value #MIN_WIDTH} × {@value #MIN_HEIGHT} pixels (icons, logos, seals) hold no table and
 * are left as they are; so is a picture no image reader can decode.</li>
 * <li>Pictures with nothing but markup and white space between them are one run, read as the pages of one document: a
 * table that runs on from one picture to the next stays one table. What a run shows replaces its first picture (in a
 * {@code <div data-ocr-images="…">}); the run's other pictures are dropped, their content being in that div.</li>
 * <li>The budget: at most {@link ReadLimits#ocrPages()} pictures are read by OCR, each within
 * {@link ReadLimits#pagePixels()}; over it the page is refused.</li>
 * </ul>
 */
final class WebPageImages {

    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 200;
    private static final Pattern SRC = Pattern.compile("(?is)\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern DATA_URL = Pattern.compile("(?is)\\s*data:image/[a-z0-9.+-]+(?:;[a-z0-9-]+=[^;,]*)*;base64,");
    private static final Set<String> BLANK_ENTITIES = Set.of("&nbsp;", "&#160;", "&#xa0;", "&ensp;", "&emsp;", "&#12288;");
    /** More pictures inside one page than this and the page is refused: no report has them, a hostile page may. */
    static final int MAX_PICTURES = 1_000;

    private WebPageImages() {
    }

    /** One picture inside the page: where its tag is, and its bytes. */
    private record Picture(int start, int end, byte[] bytes, String mediaType) {
    }

    /**
     * The page with its inside pictures read, or {@code page} as it is when it is no web page, has no such picture or
     * OCR is not available.
     */
    static Decoding read(Decoding page, ReadLimits limits, Ocr ocr) throws Exception {
        if (!(page instanceof Decoding.Text text) || !"text/html".equals(text.contentType()) || !ocr.available()
                || !mayHavePictures(text.text())) {
            return page;
        }
        try {
            List<Picture> pictures = pictures(text.text());
            return pictures.isEmpty() ? page : ocr.run(() -> readPictures(text, pictures, limits, ocr));
        } catch (OcrFailure e) {
            return new Decoding.Unreadable(e.overLimit() ? e.getMessage() : "web page image: " + e.getMessage(), "text/html");
        } catch (ReadLimits.Exceeded e) {
            return new Decoding.Unreadable(e.getMessage(), "text/html");
        }
    }

    private static boolean mayHavePictures(String html) {
        return indexOfIgnoreCase(html, "data:image/", 0) >= 0;
    }

    private static Decoding readPictures(Decoding.Text page, List<Picture> pictures, ReadLimits limits, Ocr ocr) throws Exception {
        String html = page.text();
        OcrTally tally = new OcrTally();
        ScanPage scan = new ScanPage(ocr.tesseract(), limits, tally);
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        int[] read = {0};
        int number = 0;
        for (List<Picture> run : runs(html, pictures)) {
            HtmlBuilder shown = new HtmlBuilder(limits);
            PdfTable[] open = {null};
            int first = number + 1;
            for (Picture picture : run) {
                int place = ++number;
                try {
                    ImageScan.eachPage(picture.bytes(), picture.mediaType(), limits, limits.ocrPages(), MIN_WIDTH, MIN_HEIGHT,
                            (image, dpi, index) -> {
                                if (++read[0] > limits.ocrPages()) {
                                    throw ReadLimits.overAtLeast("pictures to read by OCR", limits.ocrPages());
                                }
                                open[0] = scan.read(image, dpi, "image " + place, shown, open[0]);
                            });
                } catch (ImageScan.Damaged e) {
                    // a picture no reader can decode shows nothing: it stays in the page as it is
                }
            }
            if (!shown.hasText()) {
                continue;
            }
            out.append(html, copied, run.get(0).start());
            out.append("<div data-ocr-images=\"").append(first == number ? String.valueOf(first) : first + "-" + number).append("\">");
            out.append(shown.bodyHtml()).append("</div>");
            copied = run.get(run.size() - 1).end();
        }
        if (copied == 0) {
            return page;
        }
        out.append(html, copied, html.length());
        return new Decoding.Text(out.toString(), page.charset(), page.mediaType(), "text/html", page.dates(), tally.facts(ocr.engine()));
    }

    /** The page's inside pictures of a kind OCR reads, in the order of the page, decoded from base64. */
    private static List<Picture> pictures(String html) {
        List<Picture> pictures = new ArrayList<>();
        int lt = indexOfIgnoreCase(html, "<img", 0);
        while (lt >= 0) {
            int nameEnd = lt + 4;
            int gt = WebPageScan.tagEnd(html, nameEnd);
            if (gt < 0) {
                break;
            }
            int next = indexOfIgnoreCase(html, "<img", gt + 1);
            if (nameEnd < html.length() && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                lt = next;
                continue;
            }
            Matcher src = SRC.matcher(html).region(nameEnd, gt);
            if (src.find()) {
                byte[] bytes = dataUrlBytes(src.group(1) != null ? src.group(1) : src.group(2) != null ? src.group(2) : src.group(3));
                String type = bytes == null ? null : MediaTypeSniffer.binaryType(bytes);
                if (type != null && DocumentReader.PAGE_IMAGES.contains(type)) {
                    if (pictures.size() == MAX_PICTURES) {
                        throw ReadLimits.overAtLeast("pictures inside the web page", MAX_PICTURES);
                    }
                    pictures.add(new Picture(lt, gt + 1, bytes, type));
                }
            }
            lt = next;
        }
        return pictures;
    }

    /** The bytes of a base64 {@code data:image/…} address; null for any other address or bad base64. */
    static byte[] dataUrlBytes(String url) {
        Matcher data = DATA_URL.matcher(url);
        if (!data.lookingAt()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(url.substring(data.end()).replace("&#43;", "+").replace("&#x2b;", "+")
                    .replace("&#61;", "=").replace("&#x3d;", "="));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The pictures grouped into runs: pictures with nothing but markup and white space between them. */
    private static List<List<Picture>> runs(String html, List<Picture> pictures) {
        List<List<Picture>> runs = new ArrayList<>();
        List<Picture> run = new ArrayList<>();
        for (Picture picture : pictures) {
            if (!run.isEmpty() && !onlyMarkup(html, run.get(run.size() - 1).end(), picture.start())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(picture);
        }
        runs.add(run);
        return runs;
    }

    /** True when {@code html} from {@code from} to {@code to} holds only tags, comments and white space (one pass). */
    private static boolean onlyMarkup(String html, int from, int to) {
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            if (c == '<') {
                int gt = html.indexOf('>', i);
                if (gt < 0 || gt >= to) {
                    return false;
                }
                i = gt + 1;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                if (semicolon < 0 || semicolon >= to || !BLANK_ENTITIES.contains(html.substring(i, semicolon + 1).toLowerCase(Locale.ROOT))) {
                    return false;
                }
                i = semicolon + 1;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        String lower = what.toLowerCase(Locale.ROOT);
        for (int i = from, last = text.length() - what.length(); i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) == lower.charAt(0) && text.regionMatches(true, i, lower, 0, lower.length())) {
                return i;
            }
        }
        return -1;
    }
}
