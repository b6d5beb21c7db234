package nianbao.parser.bench;

import nianbao.parser.model.ParsedReport;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reports parsed per second on one thread for the real reports of samples/corpus in the layouts they arrived in: a
 * CMS web page with navigation and Word tables, a PDF converted to markdown, the text of a PDF with its layout kept.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class RealReportBenchmark {

    @Param({"001.html", "002.html", "004.md", "006.txt"})
    public String file;

    private ReportParser parser;
    private String text;
    private String mediaType;

    @Setup
    public void setUp() throws IOException {
        parser = new ReportParser(RegionResolver.load());
        try (InputStream in = RealReportBenchmark.class.getResourceAsStream("/seeds/corpus/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        mediaType = file.endsWith(".html") ? "text/html" : "text/plain";
    }

    @Benchmark
    public ParsedReport parse() {
        return parser.parse(file, text, mediaType, null);
    }
}
