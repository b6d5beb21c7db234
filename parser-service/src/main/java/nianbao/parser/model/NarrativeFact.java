package nianbao.parser.model;

import java.math.BigDecimal;

/** A number stated in the report's prose (e.g. 共收到申请 7 件), with the sentence it came from. */
public record NarrativeFact(String kind, BigDecimal value, int section, String sentence) {
}
