package nianbao.parser.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The divisions by code, with their parent chains; reads the bundled {@code regions/divisions.tsv}. */
final class DivisionCatalog {

    static final String RESOURCE = "/regions/divisions.tsv";

    private final Map<String, Division> byCode = new LinkedHashMap<>(8192);
    /** Each division's lineage ({@link #lineage}), worked out once: a resolution asks for it many times per report. */
    private final Map<Division, List<Division>> lineages = new HashMap<>(8192);

    DivisionCatalog(Collection<Division> divisions) {
        for (Division division : divisions) {
            if (byCode.putIfAbsent(division.code(), division) != null) {
                throw new IllegalArgumentException("duplicate division code " + division.code());
            }
        }
        for (Division division : divisions) {
            if (division.parentCode() != null && !byCode.containsKey(division.parentCode())) {
                throw new IllegalArgumentException("division " + division.code() + " has unknown parent " + division.parentCode());
            }
        }
        for (Division division : byCode.values()) {
            List<Division> lineage = new ArrayList<>(3);
            for (Division d = division; d != null && lineage.size() <= byCode.size(); d = parent(d)) {
                lineage.add(d);
            }
            if (lineage.size() <= byCode.size()) {   // a parent chain that runs in a circle is not kept
                lineages.put(division, List.copyOf(lineage));
            }
        }
    }

    /** Reads the bundled data set. */
    static List<Division> readResource() {
        try (InputStream in = DivisionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses lines of {@code code<TAB>name<TAB>parentCode}; blank lines and lines starting with # are skipped. */
    static List<Division> parse(BufferedReader reader) throws IOException {
        List<Division> divisions = new ArrayList<>(3300);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            divisions.add(new Division(fields[0], fields[1], fields.length > 2 ? fields[2] : null));
        }
        return divisions;
    }

    Collection<Division> all() {
        return byCode.values();
    }

    Division parent(Division division) {
        return division.parentCode() == null ? null : byCode.get(division.parentCode());
    }

    /** The division and its ancestors, most specific first. */
    List<Division> lineage(Division division) {
        List<Division> known = lineages.get(division);
        if (known != null) {
            return known;
        }
        List<Division> lineage = new ArrayList<>(3);
        for (Division d = division; d != null; d = parent(d)) {
            lineage.add(d);
        }
        return lineage;
    }

    /** True for 北京市, 天津市, 上海市, 重庆市: a province-level division that is also its own city. */
    static boolean isMunicipality(Division division) {
        return division.level() == Division.Level.PROVINCE && division.name().endsWith("市");
    }

    /** The region of a division: a municipality is its own city; a county directly under a province has no city. */
    Region regionOf(Division division) {
        String province = null;
        String city = null;
        String county = null;
        List<Division> lineage = lineage(division);
        for (Division d : lineage) {
            switch (d.level()) {
                case PROVINCE -> province = d.name();
                case CITY -> city = d.name();
                case COUNTY -> county = d.name();
            }
        }
        if (isMunicipality(lineage.get(lineage.size() - 1))) {
            city = province;
        }
        return new Region(province, city, county, division.code());
    }
}
