package nianbao.query.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Turns Quarkus' CORS filter on exactly when {@code nianbao.cors.origins} (env {@code NIANBAO_CORS_ORIGINS}) lists
 * origins, and hands it that list: {@code quarkus.http.cors.enabled} and {@code quarkus.http.cors.origins} follow the one
 * setting. Unset, the filter stays off (as configured elsewhere, by default off): no CORS header is ever sent, and no
 * request is refused for its {@code Origin}.
 */
@Priority(Priorities.APPLICATION)
public class CorsOrigins implements ConfigSourceInterceptor {

    public static final String ORIGINS = "nianbao.cors.origins";
    static final String ENABLED = "quarkus.http.cors.enabled";
    static final String QUARKUS_ORIGINS = "quarkus.http.cors.origins";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (name.equals(ENABLED) || name.equals(QUARKUS_ORIGINS)) {
            ConfigValue origins = context.proceed(ORIGINS);
            if (origins != null && origins.getValue() != null && !origins.getValue().isBlank()) {
                return origins.withName(name).withValue(name.equals(ENABLED) ? "true" : origins.getValue().strip());
            }
        }
        return context.proceed(name);
    }
}
