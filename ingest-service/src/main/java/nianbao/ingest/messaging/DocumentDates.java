package nianbao.ingest.messaging;

import nianbao.ingest.decoding.FileDates;

/**
 * {@code source.documentDates} of {@code reports-ingested.v1}: when the file says it was created and last modified
 * (PDF Info/XMP, Word core properties or summary information), ISO-8601 instants, each null when the file does not say.
 */
public record DocumentDates(String created, String modified) {

    /** The event's form of a reader's dates; null when the reader read none (text and web pages). */
    static DocumentDates of(FileDates dates) {
        if (dates == null) {
            return null;
        }
        return new DocumentDates(dates.created() == null ? null : dates.created().toString(),
                dates.modified() == null ? null : dates.modified().toString());
    }
}
