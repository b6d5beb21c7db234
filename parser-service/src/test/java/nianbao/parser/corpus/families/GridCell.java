package nianbao.parser.corpus.families;

/** One cell of a table drawn as a grid (an HTML table, a Word table): its text, spans and role. */
record GridCell(String text, int rowspan, int colspan, Role role) {

    enum Role { TITLE, HEADER, LABEL, VALUE }

    static GridCell header(String text) {
        return new GridCell(text, 1, 1, Role.HEADER);
    }

    static GridCell header(String text, int rowspan, int colspan) {
        return new GridCell(text, rowspan, colspan, Role.HEADER);
    }

    static GridCell label(String text, int rowspan, int colspan) {
        return new GridCell(text, rowspan, colspan, Role.LABEL);
    }

    static GridCell value(String text, int colspan) {
        return new GridCell(text, 1, colspan, Role.VALUE);
    }
}
