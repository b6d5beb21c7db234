package nianbao.parser.corpus.families;

import java.util.Random;

/** The concrete layouts the families are rendered in; families 5 and 6 draw theirs from several. */
public enum Layout {
    PDF_TEXT, CMS_HTML, MARKDOWN, OCR, TAB_EMPTY, TAB_VANISH, TAB_REPEAT, PLAIN_HTML, PLAIN_HTML_UNMERGED;

    public String mediaType() {
        return this == CMS_HTML || this == PLAIN_HTML || this == PLAIN_HTML_UNMERGED ? "text/html" : "text/plain";
    }

    /** The layout a report of the family is rendered in. */
    public static Layout of(Family family, Random random) {
        return switch (family) {
            case PDF_LAYOUT_TEXT -> PDF_TEXT;
            case CMS_WEB_PAGE -> CMS_HTML;
            case PDF_TO_MARKDOWN -> MARKDOWN;
            case OCR_TEXT -> OCR;
            case TITLES_AND_AGENCIES -> new Layout[] {TAB_EMPTY, TAB_VANISH, PLAIN_HTML, PDF_TEXT}[random.nextInt(4)];
            case LABEL_VARIANTS -> new Layout[] {TAB_REPEAT, TAB_EMPTY, PLAIN_HTML_UNMERGED, PLAIN_HTML, MARKDOWN}[random.nextInt(5)];
        };
    }

    /** Renders the report in this layout. */
    public String render(ReportContent content, Random random) {
        return switch (this) {
            case PDF_TEXT -> PdfLayoutRenderer.render(content, random);
            case CMS_HTML -> HtmlRenderer.render(content, random, HtmlRenderer.Skin.WORD_CMS, random.nextInt(5) > 0);
            case MARKDOWN -> MarkdownRenderer.render(content, random);
            case OCR -> OcrTextRenderer.render(content, random);
            case TAB_EMPTY -> TabTextRenderer.render(content, random, GridText.Merged.EMPTY);
            case TAB_VANISH -> TabTextRenderer.render(content, random, GridText.Merged.VANISH);
            case TAB_REPEAT -> TabTextRenderer.render(content, random, GridText.Merged.REPEAT);
            case PLAIN_HTML -> HtmlRenderer.render(content, random, HtmlRenderer.Skin.PLAIN, true);
            case PLAIN_HTML_UNMERGED -> HtmlRenderer.render(content, random, HtmlRenderer.Skin.PLAIN, false);
        };
    }
}
