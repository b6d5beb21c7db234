package nianbao.parser.region;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lineage the catalog keeps for each division is the chain its parents make, walked as before. */
class DivisionLineageTest {

    @Test
    void keptLineageIsTheParentChain() {
        List<Division> divisions = DivisionCatalog.readResource();
        DivisionCatalog catalog = new DivisionCatalog(divisions);
        for (Division division : divisions) {
            List<Division> chain = new ArrayList<>();
            for (Division d = division; d != null; d = catalog.parent(d)) {
                chain.add(d);
            }
            assertThat(catalog.lineage(division)).as(division.code()).isEqualTo(chain);
            // an equal division that is not the catalog's own instance has the same lineage
            assertThat(catalog.lineage(new Division(division.code(), division.name(), division.parentCode()))).isEqualTo(chain);
        }
    }

    @Test
    void aDivisionOutsideTheCatalogHasItsChainWalked() {
        DivisionCatalog catalog = new DivisionCatalog(List.of(new Division("640000", "宁夏回族自治区", null),
                new Division("640500", "中卫市", "640000")));
        Division outside = new Division("640502", "中宁县", "640500");
        assertThat(catalog.lineage(outside)).extracting(Division::code).containsExactly("640502", "640500", "640000");
    }
}
