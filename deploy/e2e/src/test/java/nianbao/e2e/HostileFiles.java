package nianbao.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input corpus of issue 17, made in memory: each file is small enough to publish, and each asks a reader
 * for far more than a report ever needs (cells, nesting, rows, pages, inflated bytes), or carries control characters
 * in every text field. {@code reasons} are the starts a rejection's reason may have.
 */
final class HostileFiles {

    /** One hostile file: its name, its bytes, how its rejection's reason may start (empty: it is read, not rejected). */
    record Hostile(String name, byte[] bytes, List<String> reasons) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private HostileFiles() {
    }

    static List<Hostile> corpus() throws IOException {
        List<Hostile> corpus = new ArrayList<>();
        corpus.add(new Hostile("span.html", spanPage().getBytes(StandardCharsets.UTF_8), List.of("over limit")));
        corpus.add(new Hostile("nested.html", ("<html><body>" + "<div>".repeat(200_000) + "一、总体情况" + "</div>".repeat(200_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8), List.of("over limit")));
        corpus.add(new Hostile("rows.html", ("<html><body><table>" + "<tr><td>1</td></tr>".repeat(50_000) + "</table></body></html>")
                .getBytes(StandardCharsets.UTF_8), List.of("over limit")));
        corpus.add(new Hostile("pages.pdf", emptyPages(10_000), List.of("over limit")));
        corpus.add(new Hostile("bomb.docx", zipOfLargeEntries(true), List.of("zip bomb", "over limit")));
        corpus.add(new Hostile("many.zip", zipOfLargeEntries(false), List.of("zip bomb", "over limit", "unsupported format")));
        return corpus;
    }

    /** The 135 KB page of issue 17: every span is within its cap, together they ask for 12 million cells. */
    static String spanPage() {
        return "<html><body><table>" + "<tr><td rowspan=\"64\" colspan=\"64\">1</td></tr>".repeat(3000) + "</table></body></html>";
    }

    /** A PDF of {@code pages} empty pages, all the same page object: a few hundred KB that a reader would render page by page. */
    static byte[] emptyPages(int pages) {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append("3 0 R ");
        }
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A zip (a .docx when {@code docx}) of 14 entries of 20 MiB of zeros each: 280 MiB inflated from a few hundred KB. */
    static byte[] zipOfLargeEntries(boolean docx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (docx) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>中卫市商务局2025年政府信息公开工作年度报告</w:t></w:r></w:p></w:body></w:document>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            byte[] zeros = new byte[1024 * 1024];
            for (int entry = 0; entry < 14; entry++) {
                zip.putNextEntry(new ZipEntry(docx ? "word/media/image" + entry + ".bin" : "report-" + entry + ".txt"));
                for (int mib = 0; mib < 20; mib++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A report whose title, labels and table carry NUL, BEL, ESC and DEL: read with them taken out. */
    static String withControlCharacters(String report) {
        return report.replaceFirst("中卫市商务局", "中卫市\u0000商务\u0007局").replace("一、本年新收", "一、本年\u001b新收")
                .replace("结转下年度", "结转\u007f下年度");
    }
}
