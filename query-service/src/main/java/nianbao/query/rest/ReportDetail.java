package nianbao.query.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nianbao.query.rest.ReportContract.ActiveDisclosure;
import nianbao.query.rest.ReportContract.Applications;
import nianbao.query.rest.ReportContract.Diagnostic;
import nianbao.query.rest.ReportContract.NarrativeFact;
import nianbao.query.rest.ReportContract.Period;
import nianbao.query.rest.ReportContract.Publication;
import nianbao.query.rest.ReportContract.Reading;
import nianbao.query.rest.ReportContract.Region;
import nianbao.query.rest.ReportContract.ReviewsAndLawsuits;
import nianbao.query.rest.ReportContract.Section;
import nianbao.query.rest.ReportContract.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * {@code GET /reports/{id}}: the report in the contract (docs/report-contract.md), plus {@code fileName}, {@code status},
 * its latest {@code validation} (with its {@code coverage} and findings), for a REJECTED report the {@code rejection}
 * with stage and reason, and every {@code deadLetters} entry recorded under its id, completed or not.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportDetail(String reportId, String agency, Integer year, String title, String template,
                           List<String> templateSignals, Region region, List<Section> sections,
                           ActiveDisclosure activeDisclosure, Applications applications, ReviewsAndLawsuits reviewsAndLawsuits,
                           List<NarrativeFact> narrativeFacts, Period statisticalPeriod, Publication publication,
                           Source source, Reading reading, List<Diagnostic> diagnostics,
                           @Schema(description = "the file's name (also in source.fileName once parsed)") String fileName,
                           @Schema(enumeration = {"PASSED", "WARNINGS", "ERRORS", "INCOMPLETE", "REJECTED", "PARSED", "PENDING"}) String status,
                           ValidationView validation, RejectionView rejection, List<DeadLetterView> deadLetters) {

    /** Why the report was rejected: stage ({@code ingest}, {@code parse}, {@code dead-letter:<topic>}), reason, when. */
    public record RejectionView(String stage, String reason, String rejectedAt) {
    }

    /** A record of the report a stage gave up on: the dead-letter topic, why, when. */
    public record DeadLetterView(String topic, String reason, String at) {
    }
}
