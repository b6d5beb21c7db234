package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The narrative text of a report (sections 一, 五, 六: the tables of 二 … 四 are the same for everyone) as a set of
 * five-character shingles, with a MinHash signature so that near-identical reports can be found without reading
 * every text. Digits, whitespace, punctuation and the agency's own name are left out.
 */
public record TextFingerprint(int shingleCount, List<Integer> signature) {

    public static final int SIGNATURE_SIZE = 64;
    public static final int BANDS = 16;
    private static final int SHINGLE = 5;

    public static TextFingerprint of(JsonNode report) {
        Set<Integer> shingles = shingles(report);
        int[] minima = new int[SIGNATURE_SIZE];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        for (int shingle : shingles) {
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int h = mix(shingle ^ (0x9E3779B9 * (i + 1)));
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        List<Integer> signature = new ArrayList<>(SIGNATURE_SIZE);
        for (int m : minima) {
            signature.add(m);
        }
        return new TextFingerprint(shingles.size(), List.copyOf(signature));
    }

    /** The hashed shingles of the report's narrative text. */
    public static Set<Integer> shingles(JsonNode report) {
        String agency = report.path("agency").asText("");
        StringBuilder text = new StringBuilder();
        for (JsonNode section : report.path("sections")) {
            int number = section.path("number").asInt();
            if (number == 1 || number == 5 || number == 6) {
                text.append(section.path("text").asText(""));
            }
        }
        String normalized = Normalizer.normalize(text.toString(), Normalizer.Form.NFKC);
        if (!agency.isBlank()) {
            normalized = normalized.replace(agency, "");
        }
        normalized = normalized.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}\\d*#]", "");
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= normalized.length(); i++) {
            shingles.add(normalized.substring(i, i + SHINGLE).hashCode());
        }
        return shingles;
    }

    /** The share of {@code mine} that also occurs in {@code theirs} (0 when {@code mine} is empty). */
    public static double containment(Set<Integer> mine, Set<Integer> theirs) {
        if (mine.isEmpty()) {
            return 0;
        }
        long common = mine.stream().filter(theirs::contains).count();
        return (double) common / mine.size();
    }

    /** The estimated Jaccard similarity of the two texts (0 when either has no text). */
    public double similarity(TextFingerprint other) {
        if (shingleCount == 0 || other.shingleCount == 0 || other.signature.size() != signature.size()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < signature.size(); i++) {
            if (signature.get(i).equals(other.signature.get(i))) {
                same++;
            }
        }
        return (double) same / signature.size();
    }

    /** Locality-sensitive bands: reports sharing any band are candidates for near-identity. */
    public List<String> bands() {
        List<String> bands = new ArrayList<>();
        if (shingleCount == 0) {
            return bands;
        }
        int rows = SIGNATURE_SIZE / BANDS;
        for (int b = 0; b < BANDS; b++) {
            int h = b;
            for (int r = 0; r < rows; r++) {
                h = 31 * h + signature.get(b * rows + r);
            }
            bands.add(b + ":" + Integer.toHexString(h));
        }
        return bands;
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        x ^= x >>> 16;
        return x;
    }
}
