package nianbao.parser.corpus.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a whole report: agency, year 2021-2025, title, prose and the three tables, with the family's share of
 * zero-heavy and blank-cell reports, missing 其他 columns, combined （六） rows, label variants and hard titles.
 */
final class ContentGenerator {

    /** What a family asks of its reports beyond the common mix. */
    record Mix(boolean hardTitles, boolean labelVariants, List<String> blankMarks, int fullWidthPercent) {
    }

    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

    private ContentGenerator() {
    }

    static ReportContent generate(Random random, Mix mix) {
        Agency agency = Agencies.random(random);
        int year = 2021 + random.nextInt(5);
        Title title = mix.hardTitles() ? Title.hard(random, agency, year) : Title.plain(random, agency, year);
        LabelSet labels = mix.labelVariants() ? LabelSet.variant(random) : LabelSet.typical(random);
        int p = random.nextInt(100);
        Profile profile = p < 55 ? Profile.NON_ZERO : p < 80 ? Profile.ZERO_HEAVY : Profile.BLANKS;
        TableOptions options = new TableOptions(profile, random.nextInt(100) >= (mix.labelVariants() ? 25 : 8),
                random.nextInt(100) >= (mix.labelVariants() ? 35 : 10), random.nextInt(100) < (mix.labelVariants() ? 25 : 8),
                random.nextInt(100) < mix.fullWidthPercent());
        List<Table> tables = new TableGenerator(random, options, labels, mix.blankMarks()).tables();

        Narrative narrative = new Narrative(random, agency, year);
        boolean named = title.agency() != null;
        List<String> preface = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        String agencyName = named ? title.agency() : agency.fullName();
        if (!named) {
            switch (random.nextInt(3)) {
                case 0 -> preface.add("本报告由" + agency.fullName() + "编制。");
                case 1 -> preface.add("编制单位：" + agency.fullName());
                default -> { }
            }
            closing.addAll(narrative.signature(agency.fullName()));
        } else if (random.nextInt(3) == 0) {
            closing.addAll(narrative.signature(agency.fullName()));
        }
        preface.addAll(narrative.preface(named, title.oneLine()));

        Table applications = tables.get(1);
        long received = applications.row("newReceived").cells().get(6).value() == null ? 0
                : applications.row("newReceived").cells().get(6).value().longValue();
        long carried = applications.row("carriedOver").cells().get(6).value() == null ? 0
                : applications.row("carriedOver").cells().get(6).value().longValue();
        var reviewTotal = tables.get(2).rows().get(0).cells().get(4).value();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(1, HEADINGS.get(0), narrative.overview(received, carried,
                reviewTotal == null ? 0 : reviewTotal.longValue(), 20 + random.nextInt(5000)), List.of()));
        sections.add(new Section(2, HEADINGS.get(1), List.of(), List.of(tables.get(0))));
        sections.add(new Section(3, HEADINGS.get(2), List.of(), List.of(tables.get(1))));
        sections.add(new Section(4, HEADINGS.get(3), List.of(), List.of(tables.get(2))));
        sections.add(new Section(5, HEADINGS.get(4), narrative.problems(), List.of()));
        sections.add(new Section(6, HEADINGS.get(5), narrative.other(random.nextInt(3) == 0 ? 10L * random.nextInt(500) : 0), List.of()));
        return new ReportContent(title.lines(), agencyName, year, preface, sections, closing, labels, options);
    }
}
