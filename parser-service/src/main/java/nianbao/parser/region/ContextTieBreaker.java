package nianbao.parser.region;

import java.util.List;

/** Chooses among equally likely divisions by the places the report's own text names (北京市 for 朝阳区). */
final class ContextTieBreaker {

    private final DivisionCatalog catalog;

    ContextTieBreaker(DivisionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The one division whose own full name or ancestors the context names most, or null when none stands out. */
    Division choose(List<Division> tied, String context) {
        if (context == null || context.isBlank()) {
            return null;
        }
        Division best = null;
        int bestScore = 0;
        boolean unique = false;
        for (Division division : tied) {
            int score = mentions(division, context);
            if (score > bestScore) {
                best = division;
                bestScore = score;
                unique = true;
            } else if (score == bestScore) {
                unique = false;
            }
        }
        return unique ? best : null;
    }

    private int mentions(Division division, String context) {
        int mentions = context.contains(division.name()) ? 1 : 0;
        List<Division> lineage = catalog.lineage(division);
        for (Division ancestor : lineage.subList(1, lineage.size())) {
            String shortName = ShortNames.of(ancestor.name());
            if (context.contains(ancestor.name()) || (shortName != null && context.contains(shortName))) {
                mentions++;
            }
        }
        return mentions;
    }
}
