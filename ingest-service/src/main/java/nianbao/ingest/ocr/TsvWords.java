package nianbao.ingest.ocr;

import java.util.ArrayList;
import java.util.List;

/** Reads Tesseract's TSV output (level 5 rows are words) into {@link Word}s; rows it cannot read are skipped. */
final class TsvWords {

    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TsvWords() {
    }

    /** The words of the TSV; {@code page_num} (1-based) becomes the 0-based image index of a batch. */
    static List<Word> parse(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < COLUMNS || !f[0].equals(String.valueOf(WORD_LEVEL))) {
                continue;
            }
            String text = String.join("\t", java.util.Arrays.copyOfRange(f, 11, f.length)).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                words.add(new Word(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Double.parseDouble(f[10]), text));
            } catch (NumberFormatException e) {
                // a malformed row is no word
            }
        }
        return words;
    }
}
