package nianbao.ingest.decoding;

import nianbao.ingest.ocr.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a scanned cell's readings become what is handed on: a number only where two readings agree, never a guess. */
class OcrCellTest {

    @Test
    void aNumberBothPassesReadWithConfidenceIsTaken() {
        assertThat(OcrCell.of(words("128", 91), words("128", 88))).isEqualTo(new OcrCell("128", false));
        assertThat(OcrCell.of(words("2,929", 80), words("2,929", 75))).isEqualTo(new OcrCell("2,929", false));
        // the general reading's letter O is the digit the digits-only pass read
        assertThat(OcrCell.of(words("1O", 85), words("10", 90))).isEqualTo(new OcrCell("10", false));
    }

    @Test
    void readingsThatDisagreeMakeTheCellUncertainShowingTheDigitsRead() {
        assertThat(OcrCell.of(words("38", 90), words("58", 95))).isEqualTo(new OcrCell("58", true));
        assertThat(OcrCell.fromReadings(words("38", 90), words("58", 95), words("58", 96))).isEqualTo(new OcrCell("58", true));
    }

    @Test
    void lowConfidenceIsUncertain() {
        assertThat(OcrCell.of(words("51", 30), words("51", 95))).isEqualTo(new OcrCell("51", true));
        assertThat(OcrCell.of(words("51", 90), words("51", 40))).isEqualTo(new OcrCell("51", true));
    }

    @Test
    void twoConfidentDigitsReadingsAgreeingAreTakenUnlessTheGeneralOneConfidentlyReadsAnotherNumber() {
        assertThat(OcrCell.fromReadings(words("8", 27), words("5", 95), words("5", 95))).isEqualTo(new OcrCell("5", false));
        assertThat(OcrCell.fromReadings(words("D7", 90), words("57", 92), words("57", 85))).isEqualTo(new OcrCell("57", false));
        assertThat(OcrCell.fromReadings(words("8", 90), words("5", 95), words("5", 95))).isEqualTo(new OcrCell("5", true));
        assertThat(OcrCell.fromReadings(words("8", 27), words("5", 95), words("5", 60))).isEqualTo(new OcrCell("5", true));
    }

    @Test
    void aVeryConfidentGeneralReadingLetsAFairlyConfidentDigitsOneAgreeingWithItCount() {
        // the 300 dpi bench's "47": the general reading 91, the digits-only line 53
        assertThat(OcrCell.of(words("47", 91), words("47", 53))).isEqualTo(new OcrCell("47", false));
        assertThat(OcrCell.of(words("47", 85), words("47", 53))).isEqualTo(new OcrCell("47", true));
        assertThat(OcrCell.of(words("47", 91), words("41", 53))).isEqualTo(new OcrCell("41", true));
        assertThat(OcrCell.of(words("47", 91), words("47", 45))).isEqualTo(new OcrCell("47", true));
    }

    @Test
    void aVeryConfidentDigitsLineWithALessConfidentWordCountsOnlyWhereTheGeneralReadingFitsIt() {
        // the 300 dpi bench's "57": the general reading D7, the digits-only line 92, the word 72
        assertThat(OcrCell.fromReadings(words("D7", 91), words("57", 92), words("57", 72))).isEqualTo(new OcrCell("57", false));
        assertThat(OcrCell.fromReadings(words("D8", 91), words("57", 92), words("57", 72))).isEqualTo(new OcrCell("57", true));
        assertThat(OcrCell.fromReadings(words("DD", 91), words("57", 92), words("57", 72))).isEqualTo(new OcrCell("57", true));
        assertThat(OcrCell.fromReadings(words("D77", 91), words("57", 92), words("57", 72))).isEqualTo(new OcrCell("57", true));
        assertThat(OcrCell.fromReadings(words("D7", 91), words("57", 88), words("57", 72))).isEqualTo(new OcrCell("57", true));
        assertThat(OcrCell.fromReadings(words("D7", 91), words("57", 92), words("57", 65))).isEqualTo(new OcrCell("57", true));
        assertThat(OcrCell.fromReadings(words("D7", 91), words("57", 92), words("51", 90))).isEqualTo(new OcrCell("57", true));
    }

    @Test
    void whatIsNoCleanNumberIsUncertain() {
        assertThat(OcrCell.of(words("1 2", 95), List.of(word("1", 95), word("2", 95)))).isEqualTo(new OcrCell("1 2", true));
        assertThat(OcrCell.of(words("12.3.4", 95), words("12.3.4", 95)).uncertain()).isTrue();
        assertThat(OcrCell.of(words("?", 95), List.of())).isEqualTo(new OcrCell("?", true));
    }

    @Test
    void labelsAndNotApplicableMarksAreHandedOnAsRead() {
        assertThat(OcrCell.of(words("行政许可", 90), List.of())).isEqualTo(new OcrCell("行政许可", false));
        assertThat(OcrCell.of(words("1.属于国家秘密", 90), List.of())).isEqualTo(new OcrCell("1.属于国家秘密", false));
        assertThat(OcrCell.of(words("无", 90), List.of())).isEqualTo(new OcrCell("无", false));
        assertThat(OcrCell.of(words("—", 90), List.of())).isEqualTo(new OcrCell("—", false));
        assertThat(OcrCell.numberCandidate(words("行政许可", 90))).isFalse();
        assertThat(OcrCell.numberCandidate(words("/", 90))).isFalse();
    }

    @Test
    void aDigitReadAsOneChineseCharacterIsANumberCandidateNeverAWord() {
        // a blurred 7 reads as 了, 43 as 了3: they are read again digits-only and marked when the readings disagree
        assertThat(OcrCell.numberCandidate(words("了", 80))).isTrue();
        assertThat(OcrCell.of(words("了3", 60), words("43", 92))).isEqualTo(new OcrCell("43", true));
    }

    private static List<Word> words(String text, double confidence) {
        return List.of(word(text, confidence));
    }

    private static Word word(String text, double confidence) {
        return new Word(0, 1, 1, 1, 12, 12, 20, 28, confidence, text);
    }
}
