package nianbao.parser.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.parser.corpus.families.Family;
import nianbao.parser.corpus.families.FamilyCorpus;
import nianbao.parser.corpus.families.Layout;
import nianbao.parser.corpus.families.ReportContent;
import nianbao.parser.corpus.families.Truth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A mutated report whose every cell is known: a seed damaged line by line ({@link SeedMutator}), or a generated
 * report of one of the six layout families damaged in its tables ({@link ContentMutator}) and then in its text
 * ({@link TextNoise}).
 */
record PlacementCase(String name, String text, String mediaType, Truth truth, List<String> mutations) {

    static final List<String> SEEDS = List.of("000_2f8ee6c9bd0fa497", "001_f44f10d947acded0", "002_e0a437375778a97d",
            "003_823561134eb090dd", "004_98d78a100eee2400");
    private static final ObjectMapper JSON = new ObjectMapper();

    static PlacementCase draw(Random random, int index) {
        if (random.nextInt(5) == 0) {
            String seed = SEEDS.get(random.nextInt(SEEDS.size()));
            SeedMutator mutator = new SeedMutator(random);
            JsonNode expected = json("/expected/" + seed + ".json");
            SeedMutator.Mutated mutated = mutator.mutate(resource("/seeds/" + seed + ".txt"), expected, judgementCalls(seed, expected));
            TextNoise noise = new TextNoise(random);
            String text = noise.apply(mutated.text(), mutated.truth().agency() + mutated.truth().year() + "年政府信息公开工作年度报告");
            return new PlacementCase("placement " + index + " (seed " + seed + ")", text, "text/plain", mutated.truth(),
                    join(mutator.applied(), noise.applied()));
        }
        Family family = Family.values()[random.nextInt(Family.values().length)];
        ReportContent content = FamilyCorpus.content(family, random);
        Layout layout = Layout.of(family, random);
        ContentMutator mutator = new ContentMutator(random, layout == Layout.OCR);
        ReportContent mutated = mutator.mutate(content);
        String text = layout.render(mutated, random);
        List<String> textNoise = List.of();
        if (layout.mediaType().equals("text/plain")) {
            TextNoise noise = new TextNoise(random);
            text = noise.apply(text, String.join("", content.titleLines()));
            textNoise = noise.applied();
        }
        return new PlacementCase("placement " + index + " (" + family + ", " + layout + ")", text, layout.mediaType(),
                Truth.of(mutated), join(mutator.applied(), textNoise));
    }

    /**
     * Seed 002's blank last cells: its expected JSON reads the five zeros of 19 rows as 自然人 … 法律服务机构 with 总计
     * blank, "a judgement call" (src/test/resources/expected/README.md); read by the header's columns they are
     * 商业企业 … 总计. A 0 there is no wrong number.
     */
    private static List<String> judgementCalls(String seed, JsonNode expected) {
        if (!seed.startsWith("002_")) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        expected.get("nullCells").forEach(n -> {
            if (n.get("reason").asText().equals("CELL_BLANK")) {
                paths.add(n.get("path").asText());
            }
        });
        return paths;
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String resource(String name) {
        try (InputStream in = PlacementCase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String name) {
        try {
            return JSON.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
