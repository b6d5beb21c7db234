package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** S02: the sections keep the statutory order 一 … 六, and no section number appears twice (a restarted 一、 sequence). */
public final class SectionOrderRule extends DefinedRule {

    private static final String NUMERALS = "一二三四五六";

    public SectionOrderRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode section : report.json().path("sections")) {
            numbers.add(section.path("number").asInt());
        }
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i) <= numbers.get(i - 1)) {
                String order = numbers.stream().map(SectionOrderRule::numeral).reduce((a, b) -> a + "、" + b).orElse("");
                return List.of(finding(List.of("sections." + numbers.get(i)), "一、二、三、四、五、六", order,
                        "各部分编号顺序不一致：" + order, "sections out of the statutory order or numbered twice: " + order));
            }
        }
        return List.of();
    }

    private static String numeral(int number) {
        return number >= 1 && number <= 6 ? String.valueOf(NUMERALS.charAt(number - 1)) : String.valueOf(number);
    }
}
