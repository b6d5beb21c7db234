package nianbao.parser.parsing;

import nianbao.parser.model.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which national format a report follows: "2021" (国办公开办函〔2021〕30号), "2019" (〔2019〕60号: other
 * columns in table 二, a single （六）其他处理 row), "legacy" (before 2019, no standard tables) or "unknown".
 */
public final class TemplateDetector {

    private TemplateDetector() {
    }

    public static Template detect(String normalizedText, ActiveDisclosureReader.Result table2,
                                  ApplicationsTableReader.Result table3, Integer year) {
        List<String> signals = new ArrayList<>();
        int score2021 = 0;
        int score2019 = 0;
        if (normalizedText.contains("2021〕30号") || normalizedText.contains("2021]30号")) {
            signals.add("cites 国办公开办函〔2021〕30号");
            score2021 += 2;
        }
        if (normalizedText.contains("2019〕60号") || normalizedText.contains("2019]60号")) {
            signals.add("cites 国办公开办函〔2019〕60号");
            score2019 += 2;
        }
        if (table2.found() && !table2.layout2019()) {
            signals.add("table 二 has the 2021 columns (本年制发件数 / 本年废止件数 / 现行有效件数)");
            score2021 += 2;
        }
        if (table2.layout2019()) {
            signals.add("table 二 has the 2019 columns (本年新制作数量 / 对外公开总数量)");
            score2019 += 2;
        }
        if (table3.found() && !table3.combinedOtherHandling()) {
            signals.add("table 三 has the three （六）其他处理 sub-rows");
            score2021 += 1;
        }
        if (table3.combinedOtherHandling()) {
            signals.add("table 三 prints （六）其他处理 as one row");
            score2019 += 1;
        }
        String format;
        if (score2021 == 0 && score2019 == 0) {
            boolean old = year != null && year <= 2018;
            format = old ? "legacy" : "unknown";
            signals.add(old ? "no standard tables; statistical year " + year + " is before 2019" : "no standard tables found");
        } else {
            format = score2021 >= score2019 ? "2021" : "2019";
        }
        return new Template(format, List.copyOf(signals));
    }
}
