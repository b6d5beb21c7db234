package nianbao.ingest.decoding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the URL a file is said to come from ({@code sourceUrl}, the {@code source-url} header): only an absolute
 * http or https URL with a host, at most {@value #MAX_LENGTH} characters and free of control characters and spaces,
 * is kept. Anything else ({@code javascript:}, {@code data:}, {@code file:}, a relative path) is not a source.
 */
public final class SourceUrls {

    public static final int MAX_LENGTH = 2048;

    private SourceUrls() {
    }

    /** The URL when it is a web address, else empty. */
    public static Optional<String> web(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String candidate = url.strip();
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
            return web ? Optional.of(candidate) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
