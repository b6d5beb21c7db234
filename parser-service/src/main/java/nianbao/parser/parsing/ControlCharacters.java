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
        int first = firstControl(text);
        if (first < 0) {
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

    /** Where the first control character stands, or -1: the text read a block at a time into an array, not by charAt. */
    static int firstControl(String text) {
        char[] block = new char[Math.min(text.length(), BLOCK)];
        for (int start = 0; start < text.length(); start += BLOCK) {
            int end = Math.min(text.length(), start + BLOCK);
            text.getChars(start, end, block, 0);
            for (int i = 0; i < end - start; i++) {
                if (isControl(block[i])) {
                    return start + i;
                }
            }
        }
        return -1;
    }

    private static final int BLOCK = 4096;

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
