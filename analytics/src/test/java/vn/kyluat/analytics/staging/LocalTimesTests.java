package vn.kyluat.analytics.staging;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.kyluat.analytics.SparkTestSession;
import vn.kyluat.contract.Quarter;

/** The column forms of the quarter arithmetic agree with contract's {@link Quarter} on every quarter of a range. */
class LocalTimesTests {
    private static final List<Quarter> QUARTERS = Quarter.range(Quarter.parse("2019Q2"), Quarter.parse("2031Q1"));

    @Test
    void columnFormsAgreeWithTheContractsQuarterOnEveryQuarterOfARange() {
        StructType schema = new StructType()
                .add("index", DataTypes.IntegerType)
                .add("first_day", DataTypes.DateType)
                .add("last_day", DataTypes.DateType);
        List<Row> rows = QUARTERS.stream()
                .map(q -> RowFactory.create(q.index(), q.start(), q.lastDay()))
                .toList();
        Dataset<Row> quarters = SparkTestSession.get().createDataFrame(rows, schema);
        List<Row> computed = quarters.select(
                        LocalTimes.quarterIndex(col("first_day")),
                        LocalTimes.quarterIndex(col("last_day")),
                        LocalTimes.quarterStart(col("index")),
                        LocalTimes.quarterEnd(col("index")),
                        LocalTimes.quarterName(col("index")))
                .orderBy(col("index"))
                .collectAsList();

        assertThat(computed).hasSize(QUARTERS.size());
        for (int i = 0; i < QUARTERS.size(); i++) {
            Quarter q = QUARTERS.get(i);
            Row row = computed.get(i);
            assertThat(row.getInt(0)).as("index of %s's first day", q).isEqualTo(q.index());
            assertThat(row.getInt(1)).as("index of %s's last day", q).isEqualTo(q.index());
            assertThat(row.<LocalDate>getAs(2)).as("start of %s", q).isEqualTo(q.start());
            assertThat(row.<LocalDate>getAs(3)).as("end of %s", q).isEqualTo(q.end());
            assertThat(row.getString(4)).as("name of %s", q).isEqualTo(q.toString());
        }
    }

    @Test
    void perRowFormsAgreeWithTheContractsQuarterOnEveryQuarterOfARange() {
        for (Quarter q : QUARTERS) {
            assertThat(LocalTimes.quarterIndex(q)).isEqualTo(q.index());
            assertThat(LocalTimes.quarterIndex((int) q.start().toEpochDay())).isEqualTo(q.index());
            assertThat(LocalTimes.quarterIndex((int) q.lastDay().toEpochDay())).isEqualTo(q.index());
            assertThat(LocalTimes.quarterStartDay(q.index()))
                    .isEqualTo((int) q.start().toEpochDay());
        }
    }
}
