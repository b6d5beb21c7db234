package nianbao.parser.model;

import java.math.BigDecimal;

/** Table 四: 政府信息公开行政复议、行政诉讼情况, 15 cells (contract field {@code reviewsAndLawsuits}). */
public record ReviewsAndLawsuits(Outcomes review, Outcomes lawsuitDirect, Outcomes lawsuitAfterReview) {

    /** 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计. */
    public record Outcomes(BigDecimal upheld, BigDecimal corrected, BigDecimal other, BigDecimal pending,
                           BigDecimal total) {
    }
}
