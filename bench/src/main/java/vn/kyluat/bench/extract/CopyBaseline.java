package vn.kyluat.bench.extract;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.source.RelationQueries;

/**
 * PostgreSQL's own speed at handing over a relation: {@code COPY (SELECT <contract columns> FROM
 * <relation> ORDER BY <the extraction order>) TO STDOUT} in text format (as psql does), into a sink
 * that discards them.
 */
final class CopyBaseline {
    private CopyBaseline() {}

    /** Rows copied and the seconds it took. */
    record Timing(long rows, double seconds) {}

    static String sql(Relation relation) {
        return "COPY (SELECT " + String.join(", ", relation.columnNames()) + " FROM " + relation.tableName()
                + " ORDER BY " + RelationQueries.orderBy(relation) + ") TO STDOUT";
    }

    static Timing copy(Connection connection, Relation relation) throws SQLException {
        long start = System.nanoTime();
        try {
            long rows = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut(sql(relation), OutputStream.nullOutputStream());
            return new Timing(rows, (System.nanoTime() - start) / 1e9);
        } catch (java.io.IOException e) {
            throw new SQLException("COPY of " + relation.tableName() + " failed: " + e.getMessage(), e);
        }
    }
}
