package vn.kyluat.etl.source;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.JdbcTarget;

/** A source that cannot be reached or read; the message names the source and what went wrong. */
public class SourceUnavailableException extends ItemStreamException {
    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A relation that could not be read: the source, what happened, the table and the database; for a
     * table the database lacks, how to declare that the unit does not keep it.
     */
    static SourceUnavailableException reading(
            String sourceId, String what, Relation relation, JdbcTarget target, Exception cause) {
        String fix = isMissingTable(cause)
                ? "; if this unit does not keep " + relation.tableName() + ", leave it out of the source's 'keeps' list"
                        + " (e.g. keeps: [org_unit, staff]), otherwise map it to the unit's own table under 'relations:'"
                : "";
        return new SourceUnavailableException(
                "source " + sourceId + ": " + what + " " + relation.tableName() + " from " + target.shownUrl() + ": "
                        + firstLine(SourceConnections.rootMessage(cause)) + fix,
                cause);
    }

    /** The database's words without what follows them ("Position: 97" inside SQL the user never wrote). */
    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message);
    }

    /** PostgreSQL's undefined_table (42P01); H2's, MariaDB's and MySQL's base table not found (42S02). */
    private static boolean isMissingTable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && MISSING_TABLE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MISSING_TABLE_STATES = Set.of("42P01", "42S02");
}
