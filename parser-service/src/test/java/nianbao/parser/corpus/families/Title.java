package nianbao.parser.corpus.families;

import java.util.List;
import java.util.Random;

/**
 * A report's title as printed (one to three lines) and the agency a correct reader takes from it: the agency as
 * written in the title, or null when the title names none (the text then names it).
 */
record Title(List<String> lines, String agency) {

    private static final String REPORT = "政府信息公开工作年度报告";

    /** The common shapes: agency then year, with or without spaces and 年度, on one or two lines. */
    static Title plain(Random random, Agency agency, int year) {
        String name = agency.fullName();
        return switch (random.nextInt(6)) {
            case 0 -> new Title(List.of(name + " " + year + " 年" + REPORT), name);
            case 1 -> new Title(List.of(name + year + "年度" + REPORT), name);
            case 2 -> new Title(List.of(name, year + " 年" + REPORT), name);
            default -> new Title(List.of(name + year + "年" + REPORT), name);
        };
    }

    /**
     * The shapes family 5 is about: year first, a short name, the title over two or three lines, 年度, or no
     * agency at all.
     */
    static Title hard(Random random, Agency agency, int year) {
        String full = agency.fullName();
        String name = random.nextBoolean() ? agency.shortName() : full;
        return switch (random.nextInt(9)) {
            case 0 -> new Title(List.of(year + "年" + name + REPORT), name);
            case 1 -> new Title(List.of(year + " 年" + name + "政府信息公开工作", "年度报告"), name);
            case 2 -> new Title(List.of(year + "年度" + name, REPORT), name);
            case 3 -> new Title(List.of(name, year + "年度", REPORT), name);
            case 4 -> new Title(List.of(name + year + "年度" + REPORT), name);
            case 5 -> new Title(List.of(name, year + "年政府信息公开工作", "年度报告"), name);
            case 6 -> new Title(List.of(year + "年" + REPORT), null);
            case 7 -> new Title(List.of(year + "年度" + REPORT), null);
            default -> new Title(List.of(agency.shortName() + year + "年" + REPORT), agency.shortName());
        };
    }

    String oneLine() {
        return String.join("", lines);
    }
}
