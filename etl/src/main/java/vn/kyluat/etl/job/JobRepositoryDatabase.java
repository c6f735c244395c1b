package vn.kyluat.etl.job;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import vn.kyluat.etl.config.JdbcTarget;
import vn.kyluat.etl.source.SourceConnections;

/**
 * The database Spring Batch keeps its job repository in (an H2 file beside the configuration, or
 * PostgreSQL). Creates Spring Batch's tables the first time.
 */
final class JobRepositoryDatabase {
  private JobRepositoryDatabase() {}

  static DataSource open(JdbcTarget target) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(target.url());
    if (target.user() != null) {
      dataSource.setUsername(target.user());
    }
    if (target.password() != null) {
      dataSource.setPassword(target.password());
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!hasBatchTables(connection.getMetaData())) {
        String platform = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
            ? "postgresql"
            : "h2";
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
            .execute(dataSource);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the job repository " + target.url() + ": " + SourceConnections.rootMessage(e), e);
    }
    return dataSource;
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
