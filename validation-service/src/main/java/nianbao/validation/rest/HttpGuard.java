package nianbao.validation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nianbao.validation.config.ValidationConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Bounds the open endpoints before their bodies are read, and marks every response: a request with a body
 * ({@code POST /validate}, {@code /check}: the service takes no other) that does not declare its length gets 411 (so that no body is read past the limit: Quarkus would cut
 * a chunked one with a bare 413), one declaring a body over {@code quarkus.http.limits.max-body-size} 413, one beyond
 * {@code nianbao.validation.max-concurrent-requests} in progress 429, all RFC 7807 problems; every answer of the
 * service carries the security headers.
 */
@ApplicationScoped
public class HttpGuard {

    /** Before Quarkus's own body-size check (order -2) and every other route. */
    static final int ORDER = -10;
    /** Every request that may carry a body, whatever its path ("/validate/", "//check", "/%76alidate" reach the same endpoints). */
    private static final Set<HttpMethod> BOUNDED = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final long maxBodyBytes;
    private final Semaphore permits;
    private final ObjectMapper json;

    public HttpGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ValidationConfig config,
                     ObjectMapper json) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.permits = new Semaphore(config.maxConcurrentRequests());
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        secure(context.response());
        boolean bounded = BOUNDED.contains(context.request().method());
        if (!bounded) {
            context.next();
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length == null) {
            refuse(context, Problem.of(411, "the body's length must be declared (Content-Length); chunked bodies are not taken"));
            return;
        }
        if (declaredOver(length)) {
            refuse(context, Problem.of(413, "the body is over the limit of " + maxBodyBytes + " bytes"));
            return;
        }
        if (!permits.tryAcquire()) {
            refuse(context, Problem.of(429, "too many requests in progress; try again shortly"));
            return;
        }
        context.addEndHandler(done -> permits.release());
        context.next();
    }

    private boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** nosniff, no referrer, no framing, nothing cached: the answers are per request and may hold a draft. */
    static void secure(HttpServerResponse response) {
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "no-referrer");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Cache-Control", "no-store");
    }

    /** Answers the problem and closes the connection: the body the client may still be sending is never read. */
    private void refuse(RoutingContext context, Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            body = new byte[0];
        }
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Buffer.buffer(body))
                .onComplete(sent -> context.request().connection().close());
    }
}
