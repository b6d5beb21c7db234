package nianbao.query.store;

import org.bson.Document;

/** Why a report was rejected: the stage ({@code ingest}, {@code parse}, or {@code dead-letter:<topic>}), the reason, when. */
public record Rejection(String stage, String reason, String rejectedAt) {

    static Rejection of(Document rejection) {
        return rejection == null ? null : new Rejection(text(rejection.get("stage")), text(rejection.get("reason")),
                text(rejection.get("rejectedAt")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
