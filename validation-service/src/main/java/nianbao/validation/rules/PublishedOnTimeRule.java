package nianbao.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * P01: published on time (《政府信息公开条例》第四十九、五十条): an agency's report by 31 January of year N+1, a
 * government's region-wide report ({@link ReportRegion#regionWide}) by 31 March, judged on {@code publication.date}
 * and naming the evidence it rests on ({@code publication.basis}). Without a date or a year it is not checked, and the
 * coverage says so.
 */
public final class PublishedOnTimeRule extends DefinedRule {

    public PublishedOnTimeRule(RuleDefinition definition) {
        super(definition);
    }

    @Override
    public List<Finding> check(ReportUnderCheck report) {
        JsonNode publication = report.json().path("publication");
        LocalDate published = date(publication.path("date"));
        Integer year = report.year();
        if (published == null || year == null) {
            report.tally().notChecked(definition().id(), "publication", List.of(published == null ? "publication.date" : "year"));
            return List.of();
        }
        ReportRegion region = ReportRegion.of(report.json());
        boolean regionWide = region != null && region.regionWide(report.json());
        LocalDate deadline = regionWide ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
        if (!published.isAfter(deadline)) {
            return List.of();
        }
        String basis = publication.path("basis").isTextual() ? publication.path("basis").asText() : "unknown";
        return List.of(finding(List.of("publication.date"), "≤ " + deadline, published + " (" + basis + ")",
                "发布日期" + published + "（依据：" + basisLabel(basis) + "）晚于" + (regionWide ? "本级政府年度报告" : "部门年度报告")
                        + "的法定期限" + deadline,
                "published " + published + " (basis: " + basis + "), after the deadline of " + deadline + " for "
                        + (regionWide ? "a government's region-wide report" : "an agency's report")));
    }

    private static String basisLabel(String basis) {
        return switch (basis) {
            case "html-meta" -> "网页的发布日期元数据";
            case "published-line" -> "正文的发布日期行";
            case "signature-date" -> "落款日期";
            case "document-modified" -> "文件的修改日期";
            case "document-created" -> "文件的创建日期";
            default -> basis;
        };
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual() || node.asText().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
