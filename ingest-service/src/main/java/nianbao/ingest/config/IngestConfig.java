package nianbao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** ingest-service's own settings ({@code nianbao.ingest.*}). */
@ConfigMapping(prefix = "nianbao.ingest")
public interface IngestConfig {

    /** Largest file accepted, in bytes (20 MiB): larger uploads get 413, larger records a rejection. */
    @WithDefault("20971520")
    long maxFileBytes();

    /**
     * The token every write request must present ({@code Authorization: Bearer …} or {@code X-Nianbao-Token}).
     * Without one, writes are refused: the local stack generates one and prints it.
     */
    Optional<String> writeToken();

    /** Where query-service answers, for the links given back to uploaders. */
    @WithDefault("http://localhost:8080")
    String queryBaseUrl();
}
