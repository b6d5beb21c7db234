package nianbao.query.rest;

import java.util.List;

/** One agency of {@code GET /agencies}: its name (as in its latest report), its key, where it is, its report years. */
public record AgencySummary(String agency, String agencyKey, String province, String city, String county,
                            List<Integer> years) {
}
