package vn.kyluat.etl.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Databases on the test MariaDB server (MARIADB_HOST, MARIADB_PORT, MARIADB_USER; defaults
 * 127.0.0.1, 3306, root), uniquely named and dropped by {@link #dropAll()}.
 */
public final class MariaDatabases {
  private final String host = env("MARIADB_HOST", "127.0.0.1");
  private final String port = env("MARIADB_PORT", "3306");
  private final String user = env("MARIADB_USER", "root");
  private final String prefix = "etl_test_" + UUID.randomUUID().toString().substring(0, 8) + "_";
  private final List<String> created = new ArrayList<>();

  public String user() {
    return user;
  }

  public String url(String database) {
    return "jdbc:mariadb://" + host + ":" + port + "/" + database;
  }

  public static String referenceSchema() {
    try (InputStream in = MariaDatabases.class.getResourceAsStream("/reference/schema-mariadb.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a database and returns its name. */
  public String create(String name) {
    String database = prefix + name.replace('-', '_');
    run(url(""), "CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    created.add(database);
    return database;
  }

  /** Runs a script of statements, each ending with a semicolon. */
  public void execute(String database, String script) {
    run(url(database) + "?allowMultiQueries=true", script);
  }

  public void dropAll() {
    for (String database : created) {
      run(url(""), "DROP DATABASE IF EXISTS " + database);
    }
    created.clear();
  }

  private void run(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, System.getenv("MARIADB_PASSWORD"));
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
