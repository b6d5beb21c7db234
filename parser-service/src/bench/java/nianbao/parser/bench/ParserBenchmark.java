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

/** Reports parsed per second on one thread, for each seed report as tab-separated text and as markdown pipe tables. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParserBenchmark {

    @Param({"000_2f8ee6c9bd0fa497", "001_f44f10d947acded0", "002_e0a437375778a97d", "003_823561134eb090dd",
            "004_98d78a100eee2400"})
    public String seed;

    @Param({"tabs", "pipes"})
    public String layout;

    private ReportParser parser;
    private String text;

    @Setup
    public void setUp() throws IOException {
        parser = new ReportParser(RegionResolver.load());
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/seeds/" + seed + ".txt")) {
            String tabs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text = layout.equals("pipes") ? toPipeTables(tabs) : tabs;
        }
    }

    @Benchmark
    public ParsedReport parse() {
        return parser.parse(seed, text, null);
    }

    /** The same report with every tab-separated row written as a markdown pipe row. */
    static String toPipeTables(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1024);
        for (String line : text.split("\n", -1)) {
            out.append(line.indexOf('\t') < 0 ? line : "| " + line.replace("\t", " | ") + " |").append('\n');
        }
        return out.toString();
    }
}
