package nianbao.parser.corpus.families;

/** How a generated report's numbers look: mostly non-zero, mostly zero, or with some blank and "/" cells. */
public enum Profile {
    /** Most cells non-zero, small or large agency. */
    NON_ZERO,
    /** Most cells 0, as in small agencies' reports. */
    ZERO_HEAVY,
    /** Non-zero numbers with a few cells printed empty or with a not-applicable mark. */
    BLANKS
}
