package nianbao.query.messaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An event id of {@code GET /events}, {@code <epoch>-<sequence>}: where in the feed a client is. */
public record FeedPosition(String epoch, long sequence) {

    private static final Pattern ID = Pattern.compile("([a-z0-9]{1,16})-([0-9]{1,18})");

    /** The position an id names; empty when the text is no event id. */
    public static Optional<FeedPosition> parse(String id) {
        Matcher m = id == null ? null : ID.matcher(id.strip());
        return m != null && m.matches() ? Optional.of(new FeedPosition(m.group(1), Long.parseLong(m.group(2)))) : Optional.empty();
    }

    /** The id as sent. */
    public String id() {
        return epoch + "-" + sequence;
    }
}
