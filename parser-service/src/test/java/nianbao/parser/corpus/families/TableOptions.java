package nianbao.parser.corpus.families;

/**
 * The shape of a report's tables: whether table 三 prints the 其他 column, the 法人或其他组织 header over the five
 * organisation columns, and （六）其他处理 as one row; and whether its numbers are printed in full-width digits.
 */
public record TableOptions(Profile profile, boolean otherColumn, boolean legalPersonHeader, boolean combined,
                           boolean fullWidthDigits) {

    /** What sets these tables apart from the plain 2021 table, for a case's name ("no 其他 column, zero-heavy"). */
    public String traits() {
        java.util.List<String> traits = new java.util.ArrayList<>();
        if (!otherColumn) {
            traits.add("no 其他 column");
        }
        if (combined) {
            traits.add("（六） one row");
        }
        if (!legalPersonHeader) {
            traits.add("no 法人或其他组织 header");
        }
        if (fullWidthDigits) {
            traits.add("full-width digits");
        }
        if (profile != Profile.NON_ZERO) {
            traits.add(profile == Profile.ZERO_HEAVY ? "zero-heavy" : "blank cells");
        }
        return String.join(", ", traits);
    }
}
