package nianbao.parser.corpus.families;

/**
 * The shape of a report's tables: whether table 三 prints the 其他 column, the 法人或其他组织 header over the five
 * organisation columns, and （六）其他处理 as one row; and whether its numbers are printed in full-width digits.
 */
public record TableOptions(Profile profile, boolean otherColumn, boolean legalPersonHeader, boolean combined,
                           boolean fullWidthDigits) {
}
