package nianbao.parser.model;

import java.util.List;

/** Which national format a report follows ("2021", "2019", "legacy", "unknown") and the signals that decided it. */
public record Template(String format, List<String> signals) {
}
