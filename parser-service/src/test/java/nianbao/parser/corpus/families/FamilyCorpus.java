package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated test corpus: for each family, reports drawn from a fixed seed, so case {@code family-index} is the
 * same report on every run and machine.
 */
public final class FamilyCorpus {

    public static final long SEED = 20260112L;

    private FamilyCorpus() {
    }

    public static List<GeneratedCase> cases(Family family, int count) {
        List<GeneratedCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(generate(family, i));
        }
        return cases;
    }

    public static GeneratedCase generate(Family family, int index) {
        Random random = random(family, index);
        ReportContent content = content(family, random);
        Layout layout = Layout.of(family, random);
        String text = layout.render(content, random);
        String traits = content.options().traits();
        String name = family.name() + "-" + index + " (" + layout + (traits.isEmpty() ? "" : "; " + traits) + ")";
        return new GeneratedCase(family, name, text, layout.mediaType(), Truth.of(content));
    }

    /** The random source of one case: the corpus seed, the family and the index. */
    public static Random random(Family family, int index) {
        return new Random(SEED * 1_000_003L + family.ordinal() * 100_000L + index);
    }

    /** A report's content as the family draws it. */
    public static ReportContent content(Family family, Random random) {
        return ContentGenerator.generate(random, switch (family) {
            case PDF_LAYOUT_TEXT -> new ContentGenerator.Mix(false, false, List.of("", "/", "—"), 25);
            case CMS_WEB_PAGE -> new ContentGenerator.Mix(false, false, List.of("", "/", "—", "-", "无"), 0);
            case PDF_TO_MARKDOWN -> new ContentGenerator.Mix(false, false, List.of("", "/", "—"), 0);
            case OCR_TEXT -> new ContentGenerator.Mix(false, false, List.of("/", "—"), 0);
            case TITLES_AND_AGENCIES -> new ContentGenerator.Mix(true, false, List.of("", "/"), 10);
            case LABEL_VARIANTS -> new ContentGenerator.Mix(false, true, List.of("", "/", "—", "无"), 0);
        });
    }
}
