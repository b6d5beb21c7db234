package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report as text cut into pages: the title centred, paragraphs hard-wrapped at a page's width, page footers
 * ("-2-", "— 3 —", "第 4 页", a bare page number) every few dozen lines, and the tables drawn by the subclass.
 */
abstract class PagedText {

    final ReportContent content;
    final Random random;
    private final List<String> out = new ArrayList<>();
    private final int pageLength;
    private final int footerStyle;
    private final int width;
    private int page = 1;
    private int onPage;
    private List<String> repeated;

    PagedText(ReportContent content, Random random) {
        this.content = content;
        this.random = random;
        this.pageLength = 38 + random.nextInt(16);
        this.footerStyle = random.nextInt(10);
        this.width = 28 + random.nextInt(7);
    }

    String render() {
        for (String line : content.titleLines()) {
            emit(" ".repeat(6 + random.nextInt(8)) + line);
        }
        emit("");
        emit("");
        content.preface().forEach(this::paragraph);
        for (Section section : content.sections()) {
            emit(" ".repeat(random.nextInt(7)) + section.heading());
            section.paragraphs().forEach(this::paragraph);
            for (Table table : section.tables()) {
                gap();
                table(table);
                gap();
            }
        }
        for (String line : content.closing()) {
            emit(" ".repeat(30 + random.nextInt(20)) + line);
        }
        emit("");
        out.add(footer());
        return String.join("\n", out) + "\n";
    }

    abstract void table(Table table);

    /** A paragraph hard-wrapped, its first line indented. */
    void paragraph(String text) {
        List<String> lines = Digits.wrap(text, width);
        for (int i = 0; i < lines.size(); i++) {
            emit((i == 0 ? " ".repeat(3 + random.nextInt(4)) : "") + lines.get(i));
        }
    }

    void emit(String line) {
        out.add(line);
        onPage++;
        if (onPage >= pageLength) {
            pageBreak();
        }
    }

    /** Zero to two blank lines, as text extraction leaves between the rows of a table. */
    void gap() {
        if (random.nextInt(10) < 6) {
            emit("");
        }
        if (random.nextInt(10) < 2) {
            emit("");
        }
    }

    /** Lines printed again at the top of every following page (a table's column header), or null to stop. */
    void repeatAfterPageBreak(List<String> header) {
        this.repeated = header;
    }

    String cellText(Cell cell) {
        return content.options().fullWidthDigits() ? Digits.fullWidth(cell.text()) : cell.text();
    }

    private void pageBreak() {
        for (int i = random.nextInt(3); i > 0; i--) {
            out.add("");
        }
        out.add(footer());
        page++;
        onPage = 0;
        if (repeated != null) {
            out.addAll(repeated);
            onPage = repeated.size();
        }
    }

    private String footer() {
        String indent = " ".repeat(List.of(0, 40, 42, 80).get(random.nextInt(4)));
        return indent + switch (footerStyle) {
            case 0, 1, 2 -> "-" + page + "-";
            case 3, 4 -> "— " + page + " —";
            case 5, 6 -> "- " + page + " -";
            case 7, 8 -> "第 " + page + " 页";
            default -> Integer.toString(page);
        };
    }
}
