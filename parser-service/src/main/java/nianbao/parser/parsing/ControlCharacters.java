package nianbao.parser.parsing;

/**
 * Takes control characters out of a document before it is read (NUL, BEL, the other C0 and C1 controls, DEL; tabs
 * and line breaks stay): they are never part of a report's words, and kept they would travel into agencies,
 * titles and file names.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static String strip(String text) {
        int first = 0;
        while (first < text.length() && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
