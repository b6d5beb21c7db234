package nianbao.parser.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Resolves an agency name (中卫市商务局) to its administrative region, using the report's opening text only
 * to choose between equally likely places; an ambiguity it cannot settle yields the shared part or
 * {@link Region#UNKNOWN}, never a guess. Thread-safe and immutable once built.
 */
public final class RegionResolver {

    /** Agency names are short; beyond this the text is not an agency name and the rest is not read. */
    static final int MAX_AGENCY_NAME_LENGTH = 200;

    private final DivisionCatalog catalog;
    private final DivisionNameIndex index;
    private final CandidateRanking ranking;
    private final ContextTieBreaker tieBreaker;

    public RegionResolver(List<Division> divisions) {
        this.catalog = new DivisionCatalog(divisions);
        this.index = new DivisionNameIndex(catalog.all());
        this.ranking = new CandidateRanking(catalog);
        this.tieBreaker = new ContextTieBreaker(catalog);
    }

    /** A resolver over the bundled data set ({@code regions/divisions.tsv}). */
    public static RegionResolver load() {
        return new RegionResolver(DivisionCatalog.readResource());
    }

    /** Resolves the agency; {@code context} (the report's first paragraphs, may be null) only settles ties. */
    public Resolution resolve(String agencyName, String context) {
        return resolveWithLazyContext(agencyName, () -> context);
    }

    /**
     * As {@link #resolve(String, String)}, with the context built only when a tie asks for it (most agency names
     * resolve without it).
     */
    public Resolution resolveWithLazyContext(String agencyName, Supplier<String> context) {
        List<String> signals = new ArrayList<>();
        if (agencyName == null || agencyName.isBlank()) {
            signals.add("no agency name to resolve a region from");
            return new Resolution(Region.UNKNOWN, signals);
        }
        String name = agencyName.strip();
        if (name.length() > MAX_AGENCY_NAME_LENGTH) {
            signals.add("agency name has " + name.length() + " characters; read only the first " + MAX_AGENCY_NAME_LENGTH);
            name = name.substring(0, MAX_AGENCY_NAME_LENGTH);
        }
        List<NameMatch> matches = index.find(name);
        List<Division> best = ranking.best(matches);
        Division chosen = best.size() == 1 ? best.get(0) : null;
        if (best.isEmpty()) {
            signals.add(nothingFound(name));
        } else if (best.size() > 1) {
            chosen = settle(best, matches, context, signals);
        }
        reportIgnored(matches, chosen, signals);
        return new Resolution(chosen == null ? Region.UNKNOWN : catalog.regionOf(chosen), signals);
    }

    private Division settle(List<Division> tied, List<NameMatch> matches, Supplier<String> context, List<String> signals) {
        String ambiguity = "ambiguous " + levelWord(tied) + " name " + namesOf(tied, matches) + ": "
                + tied.stream().map(this::whereabouts).collect(Collectors.joining(", "));
        Division byContext = tieBreaker.choose(tied, context.get());
        if (byContext != null) {
            signals.add(ambiguity + "; the report text names " + whereabouts(byContext));
            return byContext;
        }
        Division shared = commonAncestor(tied);
        signals.add(ambiguity + (shared == null ? "; region left unknown" : "; kept only the shared " + shared.name()));
        return shared;
    }

    private Division commonAncestor(List<Division> divisions) {
        for (Division ancestor : catalog.lineage(divisions.get(0))) {
            if (divisions.stream().allMatch(d -> catalog.lineage(d).contains(ancestor))) {
                return ancestor;
            }
        }
        return null;
    }

    private void reportIgnored(List<NameMatch> matches, Division chosen, List<String> signals) {
        for (NameMatch match : matches) {
            boolean related = chosen != null && match.candidates().stream().anyMatch(c ->
                    catalog.lineage(chosen).contains(c.division()) || catalog.lineage(c.division()).contains(chosen));
            if (related || (chosen == null && match.candidates().stream().anyMatch(c -> !c.weak()))) {
                continue;
            }
            boolean weak = match.candidates().stream().allMatch(NameMatch.Candidate::weak);
            signals.add("ignored " + match.text() + (weak
                    ? ": only the short form of a county name (" + fullNames(match) + ")"
                    : ": does not fit " + chosen.name()));
        }
    }

    private static String nothingFound(String name) {
        boolean central = name.contains("国务院") || name.startsWith("国家") || name.startsWith("中华人民共和国")
                || name.startsWith("中国") || name.endsWith("部");
        return central
                ? "central government agency (国务院 or a national body): no region"
                : "no administrative division named in the agency name";
    }

    /** Where a division is: its parent's name (北京市, 长春市), or its own name at province level. */
    private String whereabouts(Division division) {
        Division parent = catalog.parent(division);
        return parent == null ? division.name() : parent.name();
    }

    private static String levelWord(List<Division> divisions) {
        Division.Level level = divisions.get(0).level();
        boolean same = divisions.stream().allMatch(d -> d.level() == level);
        return same ? level.name().toLowerCase(Locale.ROOT) : "division";
    }

    private static String namesOf(List<Division> tied, List<NameMatch> matches) {
        return matches.stream()
                .filter(m -> m.candidates().stream().anyMatch(c -> tied.contains(c.division())))
                .map(NameMatch::text).distinct().collect(Collectors.joining("/"));
    }

    private static String fullNames(NameMatch match) {
        return match.candidates().stream().map(c -> c.division().name()).distinct().collect(Collectors.joining(", "));
    }
}
