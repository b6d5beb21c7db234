package nianbao.parser.region;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the divisions that the names found in an agency name may stand for: a division scores one point
 * for each name that is it or one of its ancestors (北京市 and 朝阳区 both back 110105), and counts only
 * if at least one of those names is more than a county's short form.
 */
final class CandidateRanking {

    private final DivisionCatalog catalog;

    CandidateRanking(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The best-backed divisions; several when the names are ambiguous, none when nothing counts. */
    List<Division> best(List<NameMatch> matches) {
        Set<Division> candidates = new LinkedHashSet<>();
        matches.forEach(match -> match.candidates().forEach(c -> candidates.add(c.division())));
        int bestSupport = 0;
        List<Division> best = new ArrayList<>();
        for (Division division : candidates) {
            int support = support(division, matches);
            if (support > bestSupport) {
                bestSupport = support;
                best.clear();
            }
            if (support == bestSupport && support > 0) {
                best.add(division);
            }
        }
        // 吉林 stands for both 吉林省 and its 吉林市: with no more evidence, keep the part they share.
        best.removeIf(division -> catalog.lineage(division).stream().skip(1).anyMatch(best::contains));
        return best;
    }

    /** How many matches back the division; 0 when only weak ones (county short forms) do. */
    private int support(Division division, List<NameMatch> matches) {
        List<Division> lineage = catalog.lineage(division);
        int support = 0;
        boolean strong = false;
        for (NameMatch match : matches) {
            boolean backs = false;
            for (NameMatch.Candidate candidate : match.candidates()) {
                if (lineage.contains(candidate.division())) {
                    backs = true;
                    strong |= !candidate.weak();
                }
            }
            support += backs ? 1 : 0;
        }
        return strong ? support : 0;
    }
}
