package nianbao.ingest.decoding;

import java.time.Instant;
import java.util.Calendar;
import java.util.Date;

/**
 * The dates a document file carries itself (PDF Info or XMP, Word core properties, legacy Word summary information):
 * when it was created and last modified, each null when the file does not say or says something that is no date of a
 * document (before 1980, as empty Word fields read, or after 9999). Evidence for rule P01.
 */
public record FileDates(Instant created, Instant modified) {

    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public FileDates {
        created = plausible(created);
        modified = plausible(modified);
    }

    static FileDates of(Date created, Date modified) {
        return new FileDates(created == null ? null : created.toInstant(), modified == null ? null : modified.toInstant());
    }

    static FileDates of(Calendar created, Calendar modified) {
        return new FileDates(created == null ? null : created.toInstant(), modified == null ? null : modified.toInstant());
    }

    private static Instant plausible(Instant date) {
        return date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
    }

    /** This, with each date that is missing taken from {@code other}. */
    FileDates orElse(FileDates other) {
        return new FileDates(created != null ? created : other.created, modified != null ? modified : other.modified);
    }
}
