package nianbao.query.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
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
import nianbao.query.store.ReportDocument;
import org.bson.Document;

import java.util.List;

/**
 * Maps a stored report onto the typed answers ({@link ReportDetail}, {@link ValidationView}). Each part of the contract
 * is read on its own: a part of an unexpected shape (an event of another producer, an older contract) is answered as
 * null, never a 500, and the rest of the report is still served.
 */
final class ReportViews {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReportViews() {
    }

    static ReportDetail detail(ReportDocument stored) {
        Document contract = stored.contract() == null ? new Document() : stored.contract();
        Source source = part(contract, "source", Source.class);
        var rejection = stored.rejection();
        return new ReportDetail(stored.id(), firstText(contract.get("agency"), stored.agency()),
                contract.get("year") instanceof Number n ? Integer.valueOf(n.intValue()) : stored.year(),
                firstText(contract.get("title"), stored.title()), firstText(contract.get("template"), stored.template()),
                list(contract, "templateSignals", String.class), part(contract, "region", Region.class),
                list(contract, "sections", Section.class), part(contract, "activeDisclosure", ActiveDisclosure.class),
                part(contract, "applications", Applications.class), part(contract, "reviewsAndLawsuits", ReviewsAndLawsuits.class),
                list(contract, "narrativeFacts", NarrativeFact.class), part(contract, "statisticalPeriod", Period.class),
                part(contract, "publication", Publication.class), source, part(contract, "reading", Reading.class),
                list(contract, "diagnostics", Diagnostic.class),
                source != null && source.fileName() != null ? source.fileName() : stored.fileName(), stored.status(),
                validation(stored),
                rejection == null ? null : new ReportDetail.RejectionView(rejection.stage(), rejection.reason(), rejection.rejectedAt()),
                stored.deadLetters().stream().map(d -> new ReportDetail.DeadLetterView(d.topic(), d.reason(), d.at())).toList());
    }

    static ValidationView validation(ReportDocument stored) {
        Document validation = stored.validation();
        return validation == null ? null : convert(validation, JSON.constructType(ValidationView.class), "validation", stored.id());
    }

    private static <T> T part(Document contract, String field, Class<T> type) {
        Object value = contract.get(field);
        return value == null ? null : convert(value, JSON.constructType(type), field, contract.get("reportId"));
    }

    private static <T> List<T> list(Document contract, String field, Class<T> element) {
        Object value = contract.get(field);
        List<T> list = value == null ? null
                : convert(value, JSON.getTypeFactory().constructCollectionType(List.class, element), field, contract.get("reportId"));
        return list;
    }

    private static <T> T convert(Object value, JavaType type, String field, Object reportId) {
        try {
            return JSON.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            Log.debugf("report %s: %s is not of the contract's shape; answered as null", reportId, field);
            return null;
        }
    }

    private static String firstText(Object value, String fallback) {
        return value instanceof String s ? s : fallback;
    }
}
