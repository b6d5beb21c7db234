package nianbao.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import nianbao.ingest.config.IngestConfig;
import nianbao.ingest.decoding.Decoding;
import nianbao.ingest.decoding.DocumentReader;
import nianbao.ingest.decoding.ReadLimits;

/** Reads a file for the stage with the budget from configuration ({@code nianbao.ingest.limits.*}). */
@ApplicationScoped
public class ReportReader {

    private final ReadLimits limits;

    public ReportReader(IngestConfig config) {
        this.limits = config.limits().readLimits();
    }

    public Decoding read(byte[] bytes) {
        return DocumentReader.read(bytes, limits);
    }
}
