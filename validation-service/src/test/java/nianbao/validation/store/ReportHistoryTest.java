package nianbao.validation.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import nianbao.support.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's band index finds other agencies' reports of the same year sharing a band, and only those. */
class ReportHistoryTest {

    private static EmbeddedMongoServer server;
    private static MongoClient client;
    /** A new instance per test (after the store started), each with its own database. */
    private final ReportHistory history = new ReportHistory(client, "history-" + UUID.randomUUID());

    @BeforeAll
    static void startStore() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.close();
    }

    @Test
    void findsOtherAgenciesOfTheSameYearSharingABand() {
        history.save(report("甲局", 2025, "0:a", "1:b"));
        history.save(report("乙局", 2025, "1:b", "2:c"));
        history.save(report("丙局", 2025, "3:d"));
        history.save(report("丁局", 2024, "0:a"));

        assertThat(history.candidatesLike(2025, "甲局", List.of("0:a", "1:b"))).extracting(ReportHistoryDocument::agencyKey)
                .containsExactly("乙局");
        assertThat(history.candidatesLike(2025, "戊局", List.of("0:a", "3:d"))).extracting(ReportHistoryDocument::agencyKey)
                .containsExactlyInAnyOrder("甲局", "丙局");
        assertThat(history.candidatesLike(2025, "戊局", List.of())).isEmpty();
    }

    @Test
    void aReplacedReportIsNoLongerFoundByTheBandsItLost() {
        history.save(report("甲局", 2025, "0:a"));
        history.save(report("甲局", 2025, "5:z"));

        assertThat(history.candidatesLike(2025, "乙局", List.of("0:a"))).isEmpty();
        assertThat(history.candidatesLike(2025, "乙局", List.of("5:z"))).singleElement()
                .satisfies(d -> assertThat(d.bands()).containsExactly("5:z"));
    }

    @Test
    void savingTheSameReportTwiceLeavesOneCandidate() {
        history.save(report("甲局", 2025, "0:a"));
        history.save(report("甲局", 2025, "0:a"));

        assertThat(history.candidatesLike(2025, "乙局", List.of("0:a"))).hasSize(1);
        assertThat(history.find("甲局", 2025)).isPresent();
    }

    @Test
    void aBandSharedByMoreReportsThanTheCapNamesNoCandidateAndStopsGrowing() {
        for (int i = 0; i <= ReportHistory.MAX_BAND_MEMBERS; i++) {
            history.save(report("局" + i, 2025, "0:common", i == 0 ? "1:rare" : "2:other"));
        }

        assertThat(history.bandMembers(List.of(ReportHistory.bandKey(2025, "0:common")))).containsValue(List.of());
        assertThat(history.candidatesLike(2025, "新局", List.of("0:common"))).isEmpty();
        assertThat(history.candidatesLike(2025, "新局", List.of("0:common", "1:rare"))).extracting(ReportHistoryDocument::agencyKey)
                .containsExactly("局0");
        history.save(report("局" + (ReportHistory.MAX_BAND_MEMBERS + 1), 2025, "0:common"));
        assertThat(history.bandMembers(List.of(ReportHistory.bandKey(2025, "0:common")))).containsValue(List.of());
    }

    @Test
    void aBandJustAtTheCapStillNamesItsReports() {
        for (int i = 0; i < ReportHistory.MAX_BAND_MEMBERS; i++) {
            history.save(report("局" + i, 2025, "0:common"));
        }

        assertThat(history.candidatesLike(2025, "新局", List.of("0:common"))).hasSize(ReportHistory.MAX_BAND_MEMBERS);
    }

    private static ReportHistoryDocument report(String agencyKey, int year, String... bands) {
        return new ReportHistoryDocument(ReportHistoryDocument.id(agencyKey, year), agencyKey, year, "r-" + agencyKey + year,
                agencyKey, "{}", 10, List.of(1, 2, 3), List.of(bands), null);
    }
}
