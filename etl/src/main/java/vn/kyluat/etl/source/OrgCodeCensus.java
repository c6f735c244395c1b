package vn.kyluat.etl.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import vn.kyluat.contract.Relation;
import vn.kyluat.etl.config.SourceConfig;

/**
 * The organisation codes a registry source delivers in its org_unit relation, read before any
 * relation is validated so that references (parent, successor, lead unit...) can be checked.
 */
public final class OrgCodeCensus {
    private OrgCodeCensus() {}

    /** @param connections the run's, so that a PostgreSQL registry's census and its org_unit agree */
    public static Set<String> read(SourceConfig source, SourceSnapshots connections) {
        return source.type().isJdbc() ? fromDatabase(source, connections) : fromCsv(source);
    }

    private static Set<String> fromDatabase(SourceConfig source, SourceSnapshots connections) {
        String sql = RelationQueries.orgCodes(RelationQueries.mapping(source, Relation.ORG_UNIT));
        Set<String> codes = new HashSet<>();
        try (Connection connection = connections.open(source);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String code = rows.getString(1);
                if (code != null) {
                    codes.add(code);
                }
            }
            connection.rollback();
        } catch (SQLException e) {
            throw new SourceUnavailableException(
                    "source " + source.id() + ": cannot read org_unit: " + SourceConnections.rootMessage(e), e);
        }
        return codes;
    }

    private static Set<String> fromCsv(SourceConfig source) {
        Path file = CsvRelationFile.of(source.csvFolder(), Relation.ORG_UNIT);
        if (!Files.exists(file)) {
            return Set.of();
        }
        int orgCode = Relation.ORG_UNIT.columnNames().indexOf("org_code");
        Set<String> codes = new HashSet<>();
        try {
            for (SourceRow row : CsvRelationFile.read(file, Relation.ORG_UNIT, source.csv())) {
                if (row.raw()[orgCode] != null) {
                    codes.add((String) row.raw()[orgCode]);
                }
            }
        } catch (CsvFileException e) {
            throw new SourceUnavailableException("source " + source.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("source " + source.id() + ": cannot read " + file, e);
        }
        return codes;
    }
}
