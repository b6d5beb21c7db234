package nianbao.ingest.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The time OCR took per page, by rendering, from the rows of times.tsv, as a markdown section body. */
final class TimeTable {

    private TimeTable() {
    }

    static String markdown(List<String> rows, String engine) {
        Map<String, double[]> byRendering = new HashMap<>(); // pages, seconds, reports, slowest s/page
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t");
            int pages = Integer.parseInt(f[2]);
            double seconds = Double.parseDouble(f[3]);
            double[] t = byRendering.computeIfAbsent(f[0], k -> new double[4]);
            t[0] += pages;
            t[1] += seconds;
            t[2]++;
            if (pages > 0) {
                t[3] = Math.max(t[3], seconds / pages);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("Command: `ingest-service/bench/ocr-accuracy.sh` (stage 2, `OcrCorpusBench`)  \n")
                .append("Date: ").append(LocalDate.now()).append("  \n")
                .append("Engine: ").append(engine).append(", one OpenMP thread per process, files read one at a time; ")
                .append("2-core machine shared with other builds (figures are wall-clock, rendering and reading included)\n\n")
                .append("| rendering | reports | pages | seconds | seconds per page | slowest report, seconds per page |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (OcrCorpusBench.Rendering rendering : OcrCorpusBench.Rendering.values()) {
            double[] t = byRendering.get(rendering.name());
            if (t == null) {
                continue;
            }
            String label = rendering.label;
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f |%n", label, (int) t[2], (int) t[0], t[1],
                    t[0] == 0 ? 0 : t[1] / t[0], t[3]));
        }
        return md.toString();
    }
}
