package nianbao.validation.rules;

import java.util.List;

/**
 * What a validation could check (docs/events.md): cells of the layout and those read, the identities of the report's
 * own tables checked and not checked, and every check not made, with the cells or data it lacked.
 */
public record Coverage(int cellsExpected, int cellsRead, int identitiesChecked, int identitiesUnchecked,
                       List<Unchecked> unchecked) {

    /** A check not made: its rule, what it is about (a column, a row, a group), and what it lacked. */
    public record Unchecked(String rule, String scope, List<String> missing) {
    }

    public Coverage {
        unchecked = List.copyOf(unchecked);
    }

    /** Whether every cell was read and every identity of the tables checked. */
    public boolean complete() {
        return cellsRead >= cellsExpected && identitiesUnchecked == 0;
    }
}
