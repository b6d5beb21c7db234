package nianbao.parser.parsing;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Label normalization: what it folds and drops, and that its array-based loop gives what the first version gave. */
class LabelsTest {

    @Test
    void foldsFullWidthFormsAndDropsSpacesQuotesAndEmphasis() {
        assertThat(Labels.normalize("（一）　予以 公开")).isEqualTo("(一)予以公开");
        assertThat(Labels.normalize("**尚 未\t审 结**")).isEqualTo("尚未审结");
        assertThat(Labels.normalize("“第三方”合法权益")).isEqualTo("第三方合法权益");
        assertThat(Labels.normalize("①行政许可")).isEqualTo("1行政许可");
        assertThat(Labels.normalize(null)).isEmpty();
        String plain = "本年新收政府信息公开申请数量";
        assertThat(Labels.normalize(plain)).isSameAs(plain);
    }

    @Test
    void everyCharacterAloneAndAfterTextIsNormalizedAsBefore() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c);
            assertThat(Labels.normalize(alone)).as("U+%04X", c).isEqualTo(Reference.normalize(alone));
            String inText = "申请" + (char) c + "ab";
            assertThat(Labels.normalize(inText)).as("U+%04X in text", c).isEqualTo(Reference.normalize(inText));
        }
    }

    @Test
    void randomTextIsNormalizedAsBefore() {
        Random random = new Random(12);
        String pool = "本年新收申请予以公开件，。：（）()１２３0123 \t\u3000\u00a0\u200b\ufeff“”‘’*#`'\"①②㈠ﬃ㍻\uFDFAａｂＡ－—|/\\";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(8) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1) : pool.charAt(random.nextInt(pool.length())));
            }
            assertThat(Labels.normalize(text.toString())).as(text.toString()).isEqualTo(Reference.normalize(text.toString()));
        }
    }

    /** The normalization as it was first written (a StringBuilder, a character at a time): the oracle. */
    private static final class Reference {

        static String normalize(String text) {
            if (text == null || text.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (kept(c)) {
                    out.append(c);
                } else if (c >= 0xFF01 && c <= 0xFF5E) {
                    char folded = (char) (c - 0xFEE0);
                    if (!isDropped(folded)) {
                        out.append(folded);
                    }
                } else if (!isPlain(c)) {
                    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                    for (int k = 0; k < decomposed.length(); k++) {
                        if (!isDropped(decomposed.charAt(k))) {
                            out.append(decomposed.charAt(k));
                        }
                    }
                } else if (!isDropped(c)) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean kept(char c) {
            return (c < 0x80 && !isDropped(c)) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3037);
        }

        private static boolean isPlain(char c) {
            return c < 0x00A0 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3037) || (c >= 0x2010 && c <= 0x2023);
        }

        private static boolean isDropped(char c) {
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return false;
            }
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || switch (c) {
                case '*', '#', '"', '\'', '“', '”', '‘', '’', '`', '\u200b', '\ufeff' -> true;
                default -> false;
            };
        }
    }
}
