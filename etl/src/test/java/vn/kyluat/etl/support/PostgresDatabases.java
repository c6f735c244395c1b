package vn.kyluat.etl.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Databases on the test PostgreSQL server (PGHOST, PGPORT, PGUSER; defaults 127.0.0.1, 5432,
 * postgres), uniquely named with the module's prefix and dropped by {@link #dropAll()}.
 */
public final class PostgresDatabases {
  private final String host = env("PGHOST", "127.0.0.1");
  private final String port = env("PGPORT", "5432");
  private final String user = env("PGUSER", "postgres");
  private final String prefix = "etl_test_" + UUID.randomUUID().toString().substring(0, 8) + "_";
  private final List<String> created = new ArrayList<>();

  public String user() {
    return user;
  }

  public String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  /** Creates a database and returns its name. */
  public String create(String name) {
    String database = prefix + name.replace('-', '_');
    admin("CREATE DATABASE " + database);
    created.add(database);
    return database;
  }

  public void execute(String database, String script) {
    try (Connection connection = DriverManager.getConnection(url(database), user, System.getenv("PGPASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute(script);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void dropAll() {
    for (String database : created) {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
    created.clear();
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(url("postgres"), user, System.getenv("PGPASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
