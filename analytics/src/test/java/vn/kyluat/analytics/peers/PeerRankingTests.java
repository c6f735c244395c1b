package vn.kyluat.analytics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import vn.kyluat.contract.Metric;

class PeerRankingTests {

    @Test
    void highestIndexRanksFirstTiesShareTheLowerRankAndUnitsWithoutIndexComeLast() {
        var rows = new PeerRows()
                .row(8098, "A", "G", 0, 0, 0, 90.0)
                .row(8098, "B", "G", 0, 0, 0, 70.0)
                .row(8098, "C", "G", 0, 0, 0, 70.0)
                .row(8098, "D", "G", 0, 0, 0, 50.0)
                .row(8098, "E", "G", 0, 0, 0, null)
                .dataset()
                .withColumn(Metric.PEER_GROUP.column(), functions.lit("G/party_cell"));

        assertThat(PeerRanking.withRank(rows).orderBy("org_code").collectAsList())
                .extracting(r -> r.getAs("org_code"), r -> r.getAs(Metric.PEER_RANK.column()))
                .containsExactly(tuple("A", 1), tuple("B", 2), tuple("C", 2), tuple("D", 4), tuple("E", 5));
    }
}
