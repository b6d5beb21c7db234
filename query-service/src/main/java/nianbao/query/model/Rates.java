package nianbao.query.model;

import java.math.BigDecimal;

/**
 * The rates derived from a group's sums (pooled, 4 decimals; null when the denominator is 0): 实质公开率 = (予以公开 + 部分公开)
 * / 总计, 不予公开率 = 不予公开 / 总计, 结转率 = 结转下年度 / (新收 + 上年结转), 行政复议纠错率 = 结果纠正 / 复议总计,
 * 行政诉讼纠错率 = 纠正 / 诉讼总计 (both kinds of lawsuit).
 */
public record Rates(BigDecimal substantiveDisclosureRate, BigDecimal denialRate, BigDecimal carriedForwardRate,
                    BigDecimal reviewCorrectionRate, BigDecimal lawsuitCorrectionRate) {
}
