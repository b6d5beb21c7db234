package nianbao.validation.rules;

import java.util.List;

/** A check over one parsed report. */
public interface Rule {

    RuleDefinition definition();

    List<Finding> check(ReportUnderCheck report);
}
