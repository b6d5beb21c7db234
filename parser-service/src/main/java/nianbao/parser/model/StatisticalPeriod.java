package nianbao.parser.model;

/** The period a report's statistics cover as it states it (统计期限自…至…), ISO dates; {@code to} null if unstated. */
public record StatisticalPeriod(String from, String to) {
}
