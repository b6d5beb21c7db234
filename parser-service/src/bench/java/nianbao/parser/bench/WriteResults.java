package nianbao.parser.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Runs {@link ParserBenchmark} and {@link RealReportBenchmark} (JMH options from the command line) and writes the figures
 * to a markdown file.
 */
public final class WriteResults {

    private static final double TARGET = 5_000;
    private static final String HOW_TO_RUN = """
            From the repository root, on a fresh clone:
            `mvn -B -q install -DskipTests -pl deploy/test-fixtures -am && mvn -B -pl parser-service -Pbench test-compile exec:exec`
            (about 6 minutes on 2 cores; leave the machine otherwise idle). The `bench` profile adds
            `parser-service/src/bench/java` and JMH to the test classpath only, so `mvn -B verify` without the profile
            neither compiles nor runs it. It measures `ReportParser.parse` on one thread (reports per second on one core):
            each of the five seed reports in `samples/`, as the tab-separated text they are and as markdown pipe tables,
            and the real reports of `samples/corpus/` in the layouts they arrived in (CMS web pages, a PDF converted to
            markdown, the text of a PDF with its layout kept). It adds its run at the top of this section (earlier runs
            stay below for comparison). Change the JMH options with `-Dbench.jmh="-f 2 -wi 2 -i 3 -w 2s -r 2s"` (the
            default) and the output file with `-Dbench.out=...`. The target to compare against is at least 5,000
            reports per second on one core.
            """;

    private WriteResults() {
    }

    /** args: the output file, then JMH options (e.g. -f 2 -wi 2 -i 3 -w 2s -r 2s). */
    public static void main(String[] args) throws RunnerException, IOException, CommandLineOptionException {
        Path out = Path.of(args[0]);
        String[] jmhArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        CommandLineOptions cli = new CommandLineOptions(jmhArgs);
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
                .include(ParserBenchmark.class.getSimpleName()).include(RealReportBenchmark.class.getSimpleName()).build()).run();

        StringBuilder md = new StringBuilder("### ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\n\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
                .append(memoryGib()).append(" GiB RAM (free -g total)\n");
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- JMH options: `").append(String.join(" ", jmhArgs)).append("` (single thread, throughput)\n\n");
        md.append("| report | layout | reports/s (one core) | ± (99.9% CI) | vs target 5,000/s |\n");
        md.append("|---|---|---:|---:|---|\n");
        for (RunResult r : results) {
            var p = r.getParams();
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            String report = p.getParam("seed") != null ? p.getParam("seed") : "corpus/" + p.getParam("file");
            String layout = p.getParam("layout") != null ? p.getParam("layout") : layoutOf(p.getParam("file"));
            md.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %s |%n", report, layout,
                    score, Double.isNaN(error) ? 0 : error, score >= TARGET ? "meets" : "BELOW"));
        }
        nianbao.support.bench.ResultsFile.addRun(out, "Parser (JMH)", HOW_TO_RUN, md.toString());
    }

    private static String layoutOf(String file) {
        return file.endsWith(".html") ? "CMS web page" : file.endsWith(".md") ? "PDF to markdown" : "pdftotext -layout";
    }

    private static long memoryGib() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }
}
