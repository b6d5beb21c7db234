package nianbao.parser.model;

import java.math.BigDecimal;

/** Table 二: 主动公开政府信息情况, 10 cells (contract field {@code activeDisclosure}). */
public record ActiveDisclosure(DocumentCounts regulations, DocumentCounts normativeDocuments, BigDecimal licensing,
                               BigDecimal punishment, BigDecimal compulsion, BigDecimal feesTenThousandYuan) {

    /** 本年制发件数 / 本年废止件数 / 现行有效件数 of 规章 or 行政规范性文件. */
    public record DocumentCounts(BigDecimal issued, BigDecimal repealed, BigDecimal inForce) {
    }
}
