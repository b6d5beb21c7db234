package nianbao.parser.model;

import java.math.BigDecimal;

/** One row of table 三 (applications): the seven applicant columns; {@code null} = blank, NA or not readable. */
public record ApplicationRow(BigDecimal naturalPerson, BigDecimal commercial, BigDecimal research,
                             BigDecimal socialWelfare, BigDecimal legalService, BigDecimal other, BigDecimal total) {
}
