package nianbao.parser.region;

import java.util.List;

/** A division name (full or short) found at {@code [start, end)} of a text, with every division it may stand for. */
record NameMatch(int start, int end, String text, List<Candidate> candidates) {

    /** One division a name may stand for; weak when the name is only a county's short form (公安 of 公安县). */
    record Candidate(Division division, boolean weak) {
    }

    /** True when this match lies inside the other, longer one (宁夏 inside 宁夏回族自治区). */
    boolean isInside(NameMatch other) {
        return other != this && other.start <= start && end <= other.end && other.end - other.start > end - start;
    }
}
