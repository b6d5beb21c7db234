package nianbao.parser.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** parser-service's own settings ({@code nianbao.parser.*}). */
@ConfigMapping(prefix = "nianbao.parser")
public interface ParserConfig {

    /**
     * How many {@code POST /parse} requests are parsed at once; more get 429. Each takes up to a few tens of MiB of
     * heap while it runs, beside the Kafka stage's own parse.
     */
    @WithDefault("2")
    int maxConcurrentParses();
}
