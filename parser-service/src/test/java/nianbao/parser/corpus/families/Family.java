package nianbao.parser.corpus.families;

/** The six layout families of issue 12 that real reports arrive in. */
public enum Family {
    PDF_LAYOUT_TEXT("1. text of a PDF with its layout kept (pdftotext -layout)"),
    CMS_WEB_PAGE("2. government CMS web page with Word-exported tables"),
    PDF_TO_MARKDOWN("3. PDF converted to markdown"),
    OCR_TEXT("4. text from OCR"),
    TITLES_AND_AGENCIES("5. titles and agencies"),
    LABEL_VARIANTS("6. label variants of real tables");

    public final String description;

    Family(String description) {
        this.description = description;
    }
}
