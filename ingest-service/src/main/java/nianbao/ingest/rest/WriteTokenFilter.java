package nianbao.ingest.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nianbao.ingest.config.IngestConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Every request that changes something needs the write token from configuration; reads stay open (the reports are
 * public). The token is compared in constant time; without a configured token, writes are refused.
 */
public class WriteTokenFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final Optional<byte[]> token;

    public WriteTokenFilter(IngestConfig config) {
        this.token = config.writeToken().filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            return Optional.of(refuse(Response.Status.SERVICE_UNAVAILABLE,
                    "uploads are disabled: no write token is configured (set NIANBAO_WRITE_TOKEN)"));
        }
        String presented = presented(request);
        if (presented == null || !MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Response.fromResponse(refuse(Response.Status.UNAUTHORIZED,
                    "uploads need the write token: Authorization: Bearer <token>")).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        return Optional.empty();
    }

    private static String presented(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        String header = request.getHeaderString("X-Nianbao-Token");
        return header == null ? null : header.strip();
    }

    private static Response refuse(Response.Status status, String why) {
        return ErrorAnswer.response(status, why);
    }
}
