package nianbao.parser.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the full and short division names that occur in a text. */
final class DivisionNameIndex {

    private final Map<String, List<NameMatch.Candidate>> byName = new HashMap<>(8192);
    private int longestName;
    /** For each character, the longest name starting with it (0: no name does), so most positions are skipped. */
    private final int[] longestFrom = new int[Character.MAX_VALUE + 1];

    DivisionNameIndex(Collection<Division> divisions) {
        for (Division division : divisions) {
            add(division.name(), new NameMatch.Candidate(division, false));
            String shortName = ShortNames.of(division.name());
            if (shortName != null) {
                add(shortName, new NameMatch.Candidate(division, division.level() == Division.Level.COUNTY));
            }
        }
        for (Map.Entry<String, List<NameMatch.Candidate>> entry : byName.entrySet()) {
            entry.setValue(List.copyOf(entry.getValue()));
        }
    }

    private void add(String name, NameMatch.Candidate candidate) {
        List<NameMatch.Candidate> candidates = byName.get(name);
        if (candidates == null) {
            candidates = new ArrayList<>(1);
            byName.put(name, candidates);
        }
        for (NameMatch.Candidate known : candidates) {
            if (known.division().equals(candidate.division())) {
                return;
            }
        }
        candidates.add(candidate);
        longestName = Math.max(longestName, name.length());
        if (!name.isEmpty()) {
            longestFrom[name.charAt(0)] = Math.max(longestFrom[name.charAt(0)], name.length());
        }
    }

    /** True when the name is a division's full or short name. */
    boolean isName(String name) {
        return byName.containsKey(name);
    }

    /** Every name occurring in the text, leaving out those inside a longer one (宁夏 within 宁夏回族自治区). */
    List<NameMatch> find(String text) {
        List<NameMatch> found = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            int maxEnd = Math.min(text.length(), start + Math.min(longestName, longestFrom[text.charAt(start)]));
            for (int end = start + ShortNames.MIN_LENGTH; end <= maxEnd; end++) {
                String name = text.substring(start, end);
                List<NameMatch.Candidate> candidates = byName.get(name);
                if (candidates != null) {
                    found.add(new NameMatch(start, end, name, candidates));
                }
            }
        }
        List<NameMatch> outermost = new ArrayList<>(found.size());
        for (NameMatch match : found) {
            if (found.stream().noneMatch(match::isInside)) {
                outermost.add(match);
            }
        }
        return outermost;
    }
}
