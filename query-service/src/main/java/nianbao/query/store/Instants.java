package nianbao.query.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reads the ISO-8601 timestamps of events into BSON dates, so they sort by time rather than as text. */
final class Instants {

    private Instants() {
    }

    /** The first of the values that parses, as a date; null when none does. */
    static Date parse(String... values) {
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                return Date.from(Instant.parse(value.strip()));
            } catch (DateTimeParseException e) {
                try {
                    return Date.from(OffsetDateTime.parse(value.strip()).toInstant());
                } catch (DateTimeParseException ignored) {
                    // try the next value
                }
            }
        }
        return null;
    }
}
