package vn.kyluat.etl.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.kyluat.etl.config.JdbcTarget;
import vn.kyluat.etl.source.SourceConnections;

/**
 * The database Spring Batch keeps its job repository in (an H2 file beside the configuration, or
 * PostgreSQL). Creates Spring Batch's tables the first time. H2 connections are pooled: every
 * chunk commits in a transaction of its own, and opening an H2 session for each cost more than
 * the commit.
 */
final class JobRepositoryDatabase {
    private JobRepositoryDatabase() {}

    /** More than the steps that can run at once, each holding one connection for its chunk. */
    private static final int H2_CONNECTIONS = 32;

    static DataSource open(JdbcTarget target) {
        DataSource dataSource = target.url().startsWith("jdbc:h2:") ? h2Pool(target) : unpooled(target);
        try (Connection connection = dataSource.getConnection()) {
            if (!hasBatchTables(connection.getMetaData())) {
                String platform = connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase(Locale.ROOT)
                                .contains("postgres")
                        ? "postgresql"
                        : "h2";
                new ResourceDatabasePopulator(
                                new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                        .execute(dataSource);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new UnavailableException(
                        "the job repository " + target + " is in use by another extract run;"
                                + " wait for it to finish, or give each configuration its own job_repository",
                        e);
            }
            throw new UnavailableException(
                    "cannot open the job repository " + target.shownUrl() + ": " + SourceConnections.rootMessage(e), e);
        }
        return dataSource;
    }

    /** The job repository cannot be opened; the message says why and what to do. */
    static final class UnavailableException extends IllegalStateException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static DataSource unpooled(JdbcTarget target) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(target.url());
        if (target.user() != null) {
            dataSource.setUsername(target.user());
        }
        if (target.password() != null) {
            dataSource.setPassword(target.password());
        }
        return dataSource;
    }

    private static DataSource h2Pool(JdbcTarget target) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                durable(target.url()),
                Objects.requireNonNullElse(target.user(), ""),
                Objects.requireNonNullElse(target.password(), ""));
        pool.setMaxConnections(H2_CONNECTIONS);
        return new H2Pool(pool);
    }

    /**
     * H2 writes a commit to its file up to half a second later by default, so a run killed with SIGKILL
     * could lose the record of steps it had finished and published: the restart then re-ran a step into a
     * version already published. With no delay every commit is in the file before the next chunk starts.
     */
    static String durable(String h2Url) {
        return h2Url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=") ? h2Url : h2Url + ";WRITE_DELAY=0";
    }

    /** H2's pool, closed with the job's context (which closes AutoCloseable beans). */
    private static final class H2Pool extends DelegatingDataSource implements AutoCloseable {
        private final JdbcConnectionPool pool;

        H2Pool(JdbcConnectionPool pool) {
            super(pool);
            this.pool = pool;
        }

        @Override
        public void close() {
            pool.dispose();
        }
    }

    private static boolean hasBatchTables(DatabaseMetaData meta) throws SQLException {
        for (String name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
